/// The pieces every market model shares (the generator, intervals, orders) come from MarketCore;
/// whoever imports CopelandGalai sees them too.
@_exported import MarketCore
