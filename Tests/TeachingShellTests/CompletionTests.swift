import Testing

@testable import ShellKit

/// Tab completion offers what parsing accepts at that point of the line.
struct CompletionTests {
    @Test func verbs() {
        #expect(Completion.candidates(for: "bu") == ["buy"])
        #expect(Completion.candidates(for: "s").sorted() == ["save", "sell", "set", "simulate", "skip", "state", "sweep"])
        #expect(Completion.candidates(for: "").count >= verbTable.count)
    }

    @Test func parameterNamesAndValues() {
        #expect(Completion.candidates(for: "set ep").sorted() == ["eps", "eps_buy", "eps_sell"])
        #expect(Completion.candidates(for: "set truth ") == ["high", "low", "none"])
        #expect(Completion.candidates(for: "set tolerance o") == ["off"])
        #expect(Completion.candidates(for: "set mu ").isEmpty)
    }

    @Test func choicesAndFiles() {
        #expect(Completion.candidates(for: "plot b") == ["belief"])
        #expect(Completion.candidates(for: "export s") == ["svg"])
        #expect(Completion.candidates(for: "save /proc/self/sta").contains("/proc/self/stat"))
        #expect(Completion.candidates(for: "export csv /pro") == ["/proc/"])
    }

    @Test func helpTopics() {
        #expect(Completion.candidates(for: "help br") == ["breakdown"])
        #expect(Completion.candidates(for: "help od") == ["odds"])
    }

    @Test func nothingAfterAVerbWithoutArguments() {
        #expect(Completion.candidates(for: "buy ").isEmpty)
        #expect(Completion.candidates(for: "nosuch x").isEmpty)
    }
}
