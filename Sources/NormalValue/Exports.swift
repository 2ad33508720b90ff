/// The pieces every market model shares (orders, traders, sides, intervals, the generator) come
/// from MarketCore; whoever imports NormalValue sees them too.
@_exported import MarketCore
