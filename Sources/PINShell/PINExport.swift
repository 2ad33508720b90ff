import PINModel
import ShellKit

extension PINSession {
    /// `export csv FILE`: the days streamed into the file a chunk at a time (as the tapes'
    /// exports are, `Export.chunkBytes`), asking `shouldStop` between chunks (a stop leaves no
    /// file) and reporting progress; the CSV is never whole in memory.
    func exportCSV(to path: String, context: ModelContext) throws(ShellError) {
        let total = count
        let report = context.reportProgress
        // Done, stopped or failed, the progress bar is cleared before the reply is shown.
        defer { report(.exporting, total, total) }
        do {
            try context.files.write(to: path) { sink throws(WriteProblem) in
                try CountsCSV.write(days, chunkBytes: Export.chunkBytes) { bytes, done throws(WriteProblem) in
                    if done < total, context.shouldStop() { throw .interrupted(partly: false) }
                    try sink(bytes)
                    report(.exporting, done, total)
                }
            }
        } catch {
            throw .cannotWrite(path, reason: error)
        }
    }
}
