/// The pieces every market model shares (intervals, the generator) come from MarketCore; whoever
/// imports PINModel sees them too.
@_exported import MarketCore
