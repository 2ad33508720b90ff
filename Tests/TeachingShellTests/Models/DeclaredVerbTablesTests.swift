import ShellTestSupport
import Testing

@testable import ShellKit

/// `plot` and `compare` read what the model declares (issue 24): a new model's own chart kind and
/// its own study reach parsing, completion, `help` and the errors without a line of the shell.
struct DeclaredVerbTablesTests {
    /// A test model: the binary model's truth and opening, one chart of its own (`depth`) and a
    /// study whose one setting is `n`, refused in its own words.
    private static let model: ModelKind = {
        struct Refusal: ModelError {
            let word: String
            var message: String { "compare: n takes a whole number, not '\(word)'" }
        }
        let binary = ModelKind.binary.descriptor
        let study = ModelStudy(usage: "compare [n N]") { args throws(ShellError) in
            guard args.count == 2, args[0] == "n", let n = Int(args[1]) else {
                throw .refused(Refusal(word: args.last ?? ""))
            }
            return StudySetup(n)
        }
        return ModelKind(
            ModelDescriptor(
                name: "depth", summary: "a test model", parameters: [], help: HelpDocument(),
                truth: binary.truth, open: binary.open, detailLines: binary.detailLines,
                recordFields: binary.recordFields, plots: [SeriesKind("depth"), SeriesKind("volume")], study: study))
    }()
    private static let models = ModelCatalog([model])

    private func parse(_ line: String) throws(ShellError) -> Command? {
        try Parser.parse(Array(line.utf8), model: Self.model, models: Self.models)
    }

    @Test func plotTakesTheModelsKinds() throws {
        #expect(try parse("plot volume") == .market(.plot(SeriesKind("volume"))))
        #expect(throws: ShellError.badChoice(verb: "plot", text: "spread", choices: ["depth", "volume"])) {
            try parse("plot spread")
        }
        #expect(throws: ShellError.missingArgument(verb: "plot", usage: "plot depth|volume")) { try parse("plot") }
        #expect(Completion.candidates(for: "plot ", model: Self.model, models: Self.models) == ["depth", "volume"])
        let help = try HelpText.lines(topic: "plot", model: Self.model, models: Self.models)
        #expect(help.first?.plain == "usage: plot depth|volume")
    }

    @Test func compareTakesTheModelsStudy() throws {
        #expect(try parse("compare n 3") == .market(.compare(StudySetup(3))))
        #expect(try parse("compare n 3") != .market(.compare(StudySetup("3"))))
        let refusal = try #require(
            { () -> ShellError? in
                do throws(ShellError) { _ = try parse("compare n x") } catch { return error }
                return nil
            }())
        #expect(refusal.message == "compare: n takes a whole number, not 'x'")
        let help = try HelpText.lines(topic: "compare", model: Self.model, models: Self.models)
        #expect(help.first?.plain == "usage: compare [n N]")
    }
}
