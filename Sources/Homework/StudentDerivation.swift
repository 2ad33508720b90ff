import Foundation
import ShellKit

/// Every number a student's assignment draws — drill and game seeds, values picked from a
/// `set` line's list — derives from (assignment id, version, student id) through one stated hash,
/// so the same student always gets the same assignment and her neighbours get others.
///
/// The hash is FNV-1a (64-bit) over the UTF-8 bytes of the parts, each followed by a 0x1F unit
/// separator, then SplitMix64's finaliser to spread the bits. It is not cryptographic, on
/// purpose: nothing in an assignment is secret (the file and the program are in the students'
/// hands), so a keyed or cryptographic hash would hide nothing, and what makes a code worth
/// something is that `verify` replays its work, not the hash (Documentation/Homework.md).
public enum StudentDerivation {
    /// The student id as used everywhere: spaces around it dropped, letters in lower case
    /// (`S1234 ` and `s1234` are one student, as an LMS export spells them either way).
    public static func normalised(_ student: String) -> String {
        student.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// FNV-1a 64 over the parts, each ended by 0x1F, then SplitMix64's finaliser.
    public static func hash(_ parts: [String]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 + [0x1F] {
                h ^= UInt64(byte)
                h = h &* 0x0000_0100_0000_01B3
            }
        }
        h = (h ^ (h >> 30)) &* 0xbf58_476d_1ce4_e5b9
        h = (h ^ (h >> 27)) &* 0x94d0_49bb_1331_11eb
        return h ^ (h >> 31)
    }

    /// The seed of item `index` (from 0) for `student`: 1 to 10⁹, short enough to read in a
    /// drill's heading (`drill quote seed 482913377 count 5`).
    public static func seed(_ assignment: Assignment, student: String, item index: Int) -> UInt64 {
        hash(["glosten-homework", assignment.id, String(assignment.version), normalised(student), "item", String(index)])
            % 1_000_000_000 + 1
    }

    /// Which of a `set` line's values `student` gets (its index).
    public static func choice(_ assignment: Assignment, student: String, setting: AssignmentItem.Setting) -> Int {
        guard setting.values.count > 1 else { return 0 }
        let h = hash([
            "glosten-homework", assignment.id, String(assignment.version), normalised(student), "set", setting.name,
            String(setting.line),
        ])
        return Int(h % UInt64(setting.values.count))
    }

    /// The `set NAME VALUE` commands of `item` as `student` gets them.
    public static func settings(_ assignment: Assignment, student: String, item: AssignmentItem) -> [String] {
        item.settings.map { "set \($0.name) \($0.values[choice(assignment, student: student, setting: $0)])" }
    }

    /// The lines that set an item's market up before its command: its model, then its settings
    /// as `student` gets them.
    public static func setup(_ assignment: Assignment, student: String, item: AssignmentItem, opening: ModelKind) -> [String] {
        ["model \(item.model ?? opening.rawValue)"] + settings(assignment, student: student, item: item)
    }

    /// The student's fingerprint carried in a code: 6 symbols' worth (31⁶ ≈ 8.9 × 10⁸).
    public static func studentTag(_ student: String) -> UInt64 {
        hash(["glosten-student", normalised(student)]) % CodeFields.studentRadix
    }

    /// The assignment's fingerprint carried in a code: 3 symbols' worth (31³ = 29 791).
    public static func assignmentTag(_ id: String) -> UInt64 {
        hash(["glosten-assignment", id]) % CodeFields.assignmentRadix
    }
}
