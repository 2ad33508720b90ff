/// The pieces every market model shares (the generator, intervals) come from MarketCore; whoever
/// imports KyleModel sees them too.
@_exported import MarketCore
