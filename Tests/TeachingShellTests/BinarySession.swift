@testable import BinaryShell
import MarketModel
@testable import ShellKit

extension MarketSession {
    /// The binary model's session: the tests that read it run the binary model, the default.
    var binary: Session {
        guard let session = model.session(as: Session.self) else {
            preconditionFailure("the market runs the \(kind.rawValue) model")
        }
        return session
    }
}
