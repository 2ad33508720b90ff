import Dispatch
import Synchronization

extension Verifier {
    /// The grades of many (student, code) pairs, in their order, replayed on `threads` threads
    /// (each code's replay is independent of the others).
    public func grades(_ pairs: [(student: String, code: String)], threads: Int) -> [Grade] {
        let chunks = max(1, min(threads, pairs.count))
        let results = Mutex([[Grade]](repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (pairs.count * chunk / chunks)..<(pairs.count * (chunk + 1) / chunks)
            let graded = pairs[range].map { grade(student: $0.student, code: $0.code) }
            results.withLock { $0[chunk] = graded }
        }
        return results.withLock { $0.flatMap { $0 } }
    }
}
