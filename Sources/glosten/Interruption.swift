#if canImport(Glibc)
import Glibc
#endif

/// Signals: the handlers only set flags; the running work checks them at safe points.
///
/// Ctrl-C (SIGINT) drops the line at the prompt or stops long work; SIGTERM and SIGHUP also stop
/// long work, then the shell leaves cleanly (terminal restored, history already saved).
enum Interruption {
    nonisolated(unsafe) private static var interrupted: sig_atomic_t = 0
    nonisolated(unsafe) private static var terminating: sig_atomic_t = 0

    /// Installs the handlers, without SA_RESTART so a blocked read returns at once.
    static func install() {
        handle(SIGINT) { _ in Interruption.interrupted = 1 }
        handle(SIGTERM) { signal in Interruption.terminating = signal }
        handle(SIGHUP) { signal in Interruption.terminating = signal }
        // Output into a closed pipe (`glosten … | head`) ends the shell quietly, even when a parent
        // started it with SIGPIPE ignored (ignored signals survive exec).
        signal(SIGPIPE, SIG_DFL)
        // A parent may have started us with these blocked (the mask survives exec); unblock them.
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        sigprocmask(SIG_UNBLOCK, &signals, nil)
    }

    private static func handle(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }

    /// Whether long work should stop: Ctrl-C, or a request to terminate.
    static var isRequested: Bool { interrupted != 0 || terminating != 0 }

    /// The signal that asked the shell to leave (SIGTERM or SIGHUP), if any.
    static var terminationSignal: Int32? { terminating != 0 ? Int32(terminating) : nil }

    /// Forgets a Ctrl-C (a termination request is never forgotten).
    static func clear() { interrupted = 0 }
}
