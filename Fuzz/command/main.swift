import FuzzSupport
import ShellKit

/// libFuzzer entry: one command line into a market that has already traded. Whatever the bytes,
/// the shell must not crash; a refused line must leave the market exactly as it was; quotes
/// stay finite and beliefs sum to one.
func fuzzCommand(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let line = Array(UnsafeBufferPointer(start: data, count: size))
    var shell = FuzzMarket.warmed
    FuzzMarket.apply(line, to: &shell)
    return 0
}

runFuzzer { data, size in fuzzCommand(data, size) }
