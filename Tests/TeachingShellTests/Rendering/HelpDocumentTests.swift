import Testing

@testable import ShellKit

/// A model's help file (`Sources/XShell/Help/x.md`) read into its topics and verb wording, and
/// refused in one line naming the file, the line and the section when a section is malformed.
struct HelpDocumentTests {
    private func malformed(_ text: String, substitutions: [String: String] = [:]) -> String? {
        do {
            _ = try HelpDocument(parsing: text, file: "Help/x.md", substitutions: substitutions)
            return nil
        } catch { return "\(error)" }
    }

    /// Wrapped lines join with one space; one topic heading may give several names, in order;
    /// `{KEY}` takes the adapter's substitution; summaries and details go by verb.
    @Test func readsSectionsIntoTopicsAndWording() throws {
        let text = """
            # Help under model x

            ## topic model x
            The first line
            and the second.

            ## topic depth
            Depth is 1/λ.

            ## summary buy
            a buy at the ask

            ## details export
            export csv FILE: the columns {columns}.
            """
        let doc = try HelpDocument(parsing: text, file: "Help/x.md", substitutions: ["columns": "t, price"])
        #expect(doc.topics.map(\.name) == ["model", "x", "depth"])
        #expect(
            doc.topics.map(\.text) == [
                "The first line and the second.", "The first line and the second.", "Depth is 1/λ.",
            ])
        #expect(doc.summaries == ["buy": "a buy at the ask"])
        #expect(doc.details == ["export": "export csv FILE: the columns t, price."])
    }

    /// A malformed section is refused in one line: the file, the line, the section and what is
    /// accepted.
    @Test func refusesAMalformedSectionInOneLine() {
        #expect(
            malformed("# t\n\n## sumary buy\na buy\n")
                == "Help/x.md, line 3: the section '## sumary buy' is not one of: ## topic NAME [NAME…], ## summary VERB, ## details VERB"
        )
        #expect(
            malformed("## summary buy sell\na trade\n")
                == "Help/x.md, line 1: the section '## summary buy sell' names 2 verbs; ## summary takes exactly one")
        #expect(
            malformed("## topic\ntext\n")
                == "Help/x.md, line 1: the section '## topic' names 0 topics; ## topic takes one or more")
        #expect(
            malformed("## topic a\ntext\n\n## details buy\n\n")
                == "Help/x.md, line 4: the section '## details buy' has no text")
        #expect(
            malformed("## topic a\none.\n\ntwo.\n")
                == "Help/x.md, line 4: the section '## topic a' has a second paragraph; each help text is one paragraph"
        )
        #expect(
            malformed("## topic a\none.\n### b\n")
                == "Help/x.md, line 3: '### b' is no section heading: ## topic NAME, ## summary VERB or ## details VERB"
        )
        #expect(
            malformed("## topic a b a\none.\n")
                == "Help/x.md, line 1: '## topic a b a': topic 'a' is already given above")
        #expect(
            malformed("stray\n## topic a\none.\n")
                == "Help/x.md, line 1: text before the first section: a help file is a '# ' title, then ## sections")
        #expect(
            malformed("## topic a\none.\n", substitutions: ["columns": "t"])
                == "Help/x.md, line 3: no section uses the substitution {columns}")
    }

    /// A section the parser accepts but whose key is no verb the model keeps is the descriptor's
    /// to refuse: the shipped files pass that check (ModelContractTests), and a misspelt one fails it.
    @Test func aKeyThatIsNoVerbIsTheDescriptorsToRefuse() throws {
        let doc = try HelpDocument(parsing: "## summary qoute\nthe price\n", file: "Help/x.md")
        let problems = ModelDescriptor.verbProblems(
            own: [], omitted: [], overridden: [("verbSummaries", Array(doc.summaries.keys))])
        #expect(
            problems == [
                "verbSummaries names 'qoute', which is no shared verb the model keeps (its own verbs carry their wording)"
            ])
    }
}
