import NormalValue
import Foundation
var p = NormalParameters()
p.mean = 0; p.sigma = 1; p.mu = 0.5
var m = NormalMarket(parameters: p)
let n = Int(CommandLine.arguments[1])!
let start = Date()
for _ in 0..<n { _ = try! m.observe(.buy, from: .unknown, trueValue: 0) }
print(n, Date().timeIntervalSince(start), m.posterior.mean, m.posterior.standardDeviation)
