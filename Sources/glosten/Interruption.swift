#if canImport(Glibc)
import Glibc
#endif

/// Signals: the handlers only set flags; the running work checks them at safe points.
///
/// Ctrl-C (SIGINT) drops the line at the prompt or stops long work; SIGTERM and SIGHUP also stop
/// long work, then the shell leaves cleanly (terminal restored, history already saved).
///
/// The flags reach pure code as a plain `shouldStop: () -> Bool`, so a model module needs nothing
/// from here: the shell loop sets `Interpreter.shouldStop = { Interruption.isRequested }`, the
/// market shell hands it to every command in `ModelContext.shouldStop`, and each model passes it
/// into its pure loops (`RunResult.run`, `ReferenceSession`, `NormalSimulation.run`,
/// `ExpectedPath`, `Session.rows`, `PINEstimator.estimate`, `LessonChecker.check`, the exports).
/// A loop asks it every few hundred iterations (reading the flag costs nothing) so that no stretch
/// between asks lasts more than a few milliseconds, and ends at a safe point, leaving its state as
/// it was or as far as it got. `scripts/stop-latency` measures the time from a signal to the exit.
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
