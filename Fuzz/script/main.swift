import FuzzSupport
import ModelRegistry
import ShellKit

/// libFuzzer entry: a whole script, one command a line (at most 64), checked after every line.
func fuzzScript(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var shell = Interpreter(models: glostenModels)
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).prefix(64) {
        FuzzMarket.apply(Array(line), to: &shell)
    }
    return 0
}

runFuzzer { data, size in fuzzScript(data, size) }
