/// The one place that words the class server's refusals and notices: what a student's page and
/// the teacher's console read. No path, no stack trace, no internal detail reaches a client.
public enum HostText {
    /// One line for a refusal: what is wrong and what is accepted.
    public static func line(_ refusal: HostRefusal) -> String {
        switch refusal {
        case .wrongCode:
            "That is not this class's code: type the code on the teacher's screen (letters only)."
        case .badName(let name):
            "“\(name.prefix(FrameBudget.maximumNameLength))” cannot be a name: use 1 to \(FrameBudget.maximumNameLength) letters, digits, spaces, - ' or ."
        case .nameTaken(let name):
            "“\(name)” is already in the class: choose another name (add an initial)."
        case .malformedJoin:
            "A join needs a code and a name."
        case .unknownToken:
            "This seat is not known here: join again with the class code."
        case .malformedFrame:
            "That message was not understood: the page sends JSON with a type."
        case .unknownFrameType(let type):
            "“\(type.prefix(24))” is not a message this class knows."
        case .oversizedFrame(let bytes):
            "That message had \(bytes) bytes; at most \(FrameBudget.maximumBytes) are accepted."
        case .flood:
            "Too many messages at once: the extra ones were ignored; wait a second."
        case .notRecorded:
            "The class could not record that just now: try again in a moment."
        case .classFull(let seats):
            "The class is full (\(seats) seats)."
        }
    }
}
