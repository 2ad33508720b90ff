#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C: the handler only sets a flag; the running work checks it at safe points.
enum Interruption {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    /// Installs the SIGINT handler, without SA_RESTART so a blocked read returns at once.
    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interruption.flag = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Whether Ctrl-C was pressed since the last `clear()`.
    static var isRequested: Bool { flag != 0 }

    static func clear() { flag = 0 }
}
