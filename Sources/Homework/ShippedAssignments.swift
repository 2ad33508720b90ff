/// The assignments shipped with glosten, by name (`glosten homework bayes`): the core path.
public enum ShippedAssignments {
    /// Name and text of each, in course order.
    public static let all: [(name: String, text: String)] = [
        ("bayes", String(decoding: PackageResources.bayes_txt, as: UTF8.self)),
        ("examples", String(decoding: PackageResources.examples_txt, as: UTF8.self)),
        ("drills", String(decoding: PackageResources.drills_txt, as: UTF8.self)),
        ("games", String(decoding: PackageResources.games_txt, as: UTF8.self)),
    ]

    /// The text of the shipped assignment `name`.
    public static func text(_ name: String) -> String? {
        all.first { $0.name == name }?.text
    }
}
