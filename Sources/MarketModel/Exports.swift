/// The pieces every market model shares (orders, traders, sides, intervals, the generator) come
/// from MarketCore; whoever imports MarketModel sees them too.
@_exported import MarketCore
