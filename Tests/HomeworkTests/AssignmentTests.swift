import Foundation
import ModelRegistry
import Testing

@testable import Homework

/// Reading and checking assignment files: FILE:LINE and what is accepted for every bad line.
@Suite struct AssignmentTests {
    static let good = """
        # Week 1

        id week-1
        version 2
        due Friday
        pass 60%
        model binary
        set mu 0.2 0.3
        lesson bayes
        drill quote count 4
        """

    @Test func readsEveryDirective() throws {
        let a = try AssignmentParser.parse(Self.good, path: "w.txt")
        #expect(a.title == "Week 1")
        #expect(a.id == "week-1")
        #expect(a.version == 2)
        #expect(a.due == "Friday")
        #expect(a.passMark == 0.6)
        #expect(a.items.map(\.label) == ["lesson bayes", "drill quote count 4"])
        #expect(a.items[1].model == "binary")
        #expect(a.items[1].settings == [AssignmentItem.Setting(name: "mu", values: ["0.2", "0.3"], line: 8)])
        #expect(AssignmentChecker.problems(a, models: glostenModels, lessons: ["bayes"]).isEmpty)
    }

    /// Each bad file, the line named, and the message's words (what is wrong; what is accepted).
    @Test(arguments: [
        ("id x\n", 1, "an assignment starts with its title, # TITLE"),
        ("# T\nid a\nversion 1\npass 50%\nlesson bayes\nfrobnicate 3\n", 6,
         "'frobnicate' is not a line of an assignment; a line starts with # (title or comment) or one of: id, version, due, pass, model, set, lesson, drill, maker, insider"),
        ("# T\nid A_B\n", 2, "id cannot take 'A_B'; accepted: id WORD (the assignment's name in every code: a-z, 0-9 and -, up to 40 characters)"),
        ("# T\nid a\nid b\n", 3, "id is given twice; an assignment has one id line"),
        ("# T\nid a\nversion 1\npass 50%\ndrill quote count 0\n", 5,
         "drill cannot take 'quote count 0'; accepted: drill [KIND] count N (N exercises (1 to 50) of the model, of one KIND or mixed, from the student's own seed)"),
        ("# T\nid a\nversion 1\nlesson bayes\n", 0, "no pass line; accepted: pass P% (the share of the total score that passes, e.g. 60%)"),
        ("# T\nid a\nversion 1\npass 120%\n", 4, "pass cannot take '120%'; accepted: pass P% (the share of the total score that passes, e.g. 60%)"),
        ("# T\nid a\nversion 1\npass 50%\n", 0, "no items; add at least one of lesson NAME, drill [KIND] count N, maker compete rounds N, insider"),
    ])
    func badFiles(text: String, line: Int, message: String) {
        #expect(throws: AssignmentError(path: "f.txt", line: line, problem: Self.problem(message, text))) {
            try AssignmentParser.parse(text, path: "f.txt")
        }
        do {
            _ = try AssignmentParser.parse(text, path: "f.txt")
        } catch {
            #expect(error.message == (line > 0 ? "f.txt:\(line): " : "f.txt: ") + message)
        }
    }

    /// The problem whose message is `message` (the test states the words; the case is found by them).
    static func problem(_ message: String, _ text: String) -> AssignmentProblem {
        do {
            _ = try AssignmentParser.parse(text, path: "f.txt")
        } catch {
            return error.problem
        }
        return .noItems
    }

    /// The checker knows the models, lessons, drill kinds and what the shell accepts for `set`.
    @Test func checkerNamesEveryUnknown() throws {
        let text = """
            # T
            id a
            version 1
            pass 50%
            model binary
            set mu 0.3 1.5
            lesson nosuch
            drill lambda count 2
            insider
            model nosuch
            drill count 2
            model kyle
            insider
            set auctions 500
            insider
            model binary
            maker monopoly rounds 5
            maker compete rounds 5
            """
        let a = try AssignmentParser.parse(text, path: "t.txt")
        let problems = AssignmentChecker.problems(a, models: glostenModels, lessons: ["bayes", "example-1"])
        #expect(problems.map(\.line) == [6, 7, 8, 9, 11, 15, 17])
        #expect(problems[1].message == "t.txt:7: no lesson 'nosuch'; accepted: bayes, example-1")
        #expect(problems[2].message.hasPrefix("t.txt:8: 'lambda' is not a kind of binary-model drill; accepted: posterior"))
        #expect(problems[3].message == "t.txt:9: insider is not played under the binary model; put a model line above this item")
        // A model line starts afresh (no binary settings under kyle); insider and maker compete are
        // played; a day longer than a code holds, and maker monopoly (no score yet), are refused.
        #expect(a.items[4].model == "kyle" && a.items[4].settings.isEmpty)
        #expect(problems[5].message == "t.txt:15: the game has 500 rounds; a homework game has at most 100 (set auctions lower)")
        #expect(problems[6].message.hasPrefix("t.txt:17: maker monopoly is not graded as homework by this version; accepted games:"))
        #expect(problems[0].message.hasPrefix("t.txt:6: set … mu 1.5 is refused by the shell: "))
    }

    /// The format table in the docs is the directive table (one table drives both).
    @Test func markdownListsEveryDirective() throws {
        for directive in assignmentDirectives { #expect(AssignmentSyntax.markdown.contains("`\(directive.usage)`")) }
        let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Documentation/Homework.md")
        #expect(try String(contentsOf: page, encoding: .utf8).contains(AssignmentSyntax.markdown))
    }

    @Test func shippedAssignmentsCheck() throws {
        let lessons = ["bayes", "example-1", "example-2", "example-3"]
        for (name, text) in ShippedAssignments.all {
            let a = try AssignmentParser.parse(text, path: name)
            #expect(a.id == name)
            #expect(AssignmentChecker.problems(a, models: glostenModels, lessons: lessons).isEmpty, "\(name)")
        }
    }
}

/// Per-student numbers: the same student, the same assignment; neighbours differ.
@Suite struct DerivationTests {
    static let assignment = Assignment(
        title: "T", id: "drills", version: 1, due: nil, passMark: 0.5,
        items: [AssignmentItem(work: .drill(kind: nil, count: 3), model: "binary", settings: [], line: 5)], path: "t")

    /// FNV-1a 64 of the empty input is its offset basis 0xcbf29ce484222325 (the published constant);
    /// with the 0x1F separator, one byte: (basis ^ 0x1F) · prime mod 2⁶⁴, then SplitMix64's finaliser.
    @Test func hashIsTheStatedOne() {
        var h: UInt64 = (0xcbf2_9ce4_8422_2325 ^ 0x1F) &* 0x0000_0100_0000_01B3
        h = (h ^ (h >> 30)) &* 0xbf58_476d_1ce4_e5b9
        h = (h ^ (h >> 27)) &* 0x94d0_49bb_1331_11eb
        h ^= h >> 31
        #expect(StudentDerivation.hash([""]) == h)
    }

    @Test func sameStudentSameSeedNeighboursDiffer() {
        let a = StudentDerivation.seed(Self.assignment, student: "s1001", item: 0)
        #expect(StudentDerivation.seed(Self.assignment, student: " S1001 ", item: 0) == a)
        let neighbours = (1002...1101).map { StudentDerivation.seed(Self.assignment, student: "s\($0)", item: 0) }
        #expect(!neighbours.contains(a))
        #expect(Set(neighbours).count == neighbours.count)
        var next = Self.assignment
        next.version = 2
        #expect(StudentDerivation.seed(next, student: "s1001", item: 0) != a)
    }

    /// Every value of a `set` line is drawn for some student, each about equally often.
    @Test func settingChoicesSpread() {
        let setting = AssignmentItem.Setting(name: "mu", values: ["0.2", "0.3", "0.4"], line: 6)
        var counts = [0, 0, 0]
        for s in 0..<3000 { counts[StudentDerivation.choice(Self.assignment, student: "s\(s)", setting: setting)] += 1 }
        // Binomial(3000, 1/3): mean 1000, sd ≈ 25.8; 6 sd either side.
        #expect(counts.allSatisfy { (845...1155).contains($0) }, "\(counts)")
    }
}
