import MarketCore

/// Why a dealer model refused a parameter change: the value lies outside the row's interval.
public typealias DealerParameterError = ParameterOutOfRange
