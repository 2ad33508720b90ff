/// What the class server refuses, with what went wrong; `HostText` turns each into one line.
public enum HostRefusal: Error, Equatable, Sendable {
    /// `/join` with a code that is not this class's.
    case wrongCode
    /// `/join` with a name that is empty, too long, or has characters other than letters, digits,
    /// spaces, `-`, `'` and `.`.
    case badName(String)
    /// `/join` with a name another student already holds.
    case nameTaken(String)
    /// `/join` whose body is not `{"code": …, "name": …}` or is larger than the limit.
    case malformedJoin
    /// A WebSocket or a frame with a token that names no seat.
    case unknownToken
    /// A frame that is not JSON of a known shape.
    case malformedFrame
    /// A frame whose `type` the server does not know.
    case unknownFrameType(String)
    /// A frame larger than `FrameBudget.maximumBytes`.
    case oversizedFrame(Int)
    /// More frames than the budget allows: this is said once per flood; the rest are dropped.
    case flood
    /// The log could not be written, so nothing was done or acknowledged.
    case notRecorded
    /// The class is full.
    case classFull(Int)
}
