import ModelRegistry
import ShellKit

/// The market the class's games play: a model of the shell's registry at its default parameters.
enum HostMarket {
    struct UnknownModel: Error, CustomStringConvertible {
        let name: String
        var description: String {
            "no model named \(name): the class games play \(glostenModels.kinds.map(\.rawValue).joined(separator: ", "))"
        }
    }

    static func open(_ name: String, seed: UInt64 = 1) throws -> any ModelMarket {
        guard let kind = glostenModels.named(name) else { throw UnknownModel(name: name) }
        return kind.descriptor.open(seed)
    }
}
