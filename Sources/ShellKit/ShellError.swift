import MarketCore

/// Everything that can go wrong with one line. Cases carry the context; `ErrorText` words them.
public enum ShellError: Error, Equatable, Sendable {
    case lineTooLong(limit: Int)
    case nulByte(column: Int)
    case invalidUTF8(column: Int)
    case controlCharacter(scalar: UInt32, column: Int)
    case unknownVerb(String, suggestion: String?)
    case missingArgument(verb: String, usage: String)
    case extraArguments(verb: String, usage: String, extra: [String])
    case badCount(verb: String, text: String, accepted: ClosedRange<Int>)
    case unknownParameter(String, suggestion: String?, names: [String])
    case badChoice(verb: String, text: String, choices: [String])
    case notANumber(name: String, text: String, accepts: String)
    case badTruth(String, accepts: String)
    case badSeed(String)
    case unknownTopic(String, suggestion: String?)
    /// A model refused a command with one of its own typed errors, worded beside it.
    case refusal(ModelRefusal)
    case lesson(LessonError)
    /// A lesson's expectation failed while it was played (the lesson, not the learner, is wrong).
    case brokenPromise(LessonError, lesson: String)
    case lessonLookup(LessonLookupError)
    /// `next`, `back`, `skip` or `restart` with no lesson playing.
    case noLessonPlaying(String)
    case firstStep
    case nothingToSkip
    /// `hint` in a lesson with no question open.
    case noQuestion
    /// At an open question, a line that is neither an answer nor a command.
    case notAnAnswer(String, accepts: String)
    /// A lesson-only or shell-leaving command inside a lesson's block.
    case notAllowedInLesson(String)
    /// A file could not be written (export, save).
    case cannotWrite(String, reason: WriteProblem)
    /// `simulate` was given something it cannot use.
    case badSimulation(SimulationProblem, model: ModelKind)
    /// Long work (`compare`) was interrupted before it finished; nothing changed.
    case interrupted(done: Int, of: Int)
    /// Long work was interrupted after its arrivals, while working out `what` from them; nothing changed.
    case interruptedWorking(on: String)
    /// `undo` with nothing to take back, under any model: `noneYet` is what the model holds none
    /// of, as its error text words it (nil: the market is at t = 0).
    case nothingToUndo(noneYet: String? = nil)
    /// A verb the current model does not have (`plot` under a model that draws no chart).
    case notInModel(verb: String, model: ModelKind, instead: String)
    /// `drill` was given something it cannot use.
    case badDrill(DrillProblem, model: ModelKind)
    /// `drill quit` with no drill open.
    case noDrill
    /// `class …` in a shell that hosts no class.
    case classNeedsHost
    /// `homework FILE` that does not start, in the executable's words (the file, the student id).
    case homeworkRefused(String)
    /// `drill` while a lesson plays, or `lesson NAME` while a drill is open: one at a time.
    case drillAndLesson(drillOpen: Bool)
    /// `drill` while a game (`maker`, `insider`) is played.
    case drillDuringGame
    /// `maker monopoly` in a market whose uninformed traders trade at any price.
    /// `maker monopoly` under uninformed traders who do not respond to price; `how` says what
    /// makes them respond under the current model.
    case makerNeedsPriceResponse(how: String)
    /// A game's move that cannot be played (worded by the model or `GameText`), or a second game
    /// started while one is played.
    case makerQuote(String)
    /// `maker quit` with no game in play; the games the models play with verbs of their own
    /// (`ModelCatalog.ownGames`), to name beside the maker game.
    case noGame(ownGames: [GameOffer])
    /// `lesson NAME` while a game is played (`position`, e.g. `maker 2/20`): one input mode at a time.
    case lessonDuringGame(position: String)
    /// A lesson's verb (`next`, `hint`…) while a game stacked on the lesson takes the input.
    case gameTakesTheInput(verb: String, position: String, waiting: String)
}

/// Why a file could not be written. Cases carry the context; `ErrorText` words them.
public enum WriteProblem: Error, Equatable, Sendable {
    /// The folder the file would go in does not exist.
    case noFolder(String)
    /// A part of the path that should be a folder is a file.
    case notAFolder(String)
    /// The name is a folder.
    case isAFolder
    /// The name ends in `/` but no such folder exists (a file name cannot end in `/`).
    case endsInSlash
    /// The last part of the name is longer than the system allows.
    case nameTooLong(limit: Int)
    /// The name is a symbolic link (to `target`); links are never written through.
    case symbolicLink(target: String)
    /// The file exists and is write-protected: it is not replaced.
    case readOnly
    /// No new file may be created in this folder.
    case folderNotWritable(String)
    /// The disk (or the device) refused the data.
    case full(device: Bool)
    /// Nobody opened the FIFO for reading before the wait was interrupted.
    case noReader
    /// The device or pipe stopped taking data (its reader went away); `partly`: some data got through.
    case readerGone(partly: Bool)
    /// A signal stopped the writing; `partly`: some data had already reached a device or pipe.
    case interrupted(partly: Bool)
    /// This shell writes no files (a library user gave it no writer).
    case noFiles
    /// Anything else, as the system words its error number.
    case system(code: Int32)
}

/// Where `export` and `save` send their bytes: the executable writes the file (whole or not at
/// all); the library only renders rows and text into the sink it is given. It also reads the few
/// data files a model loads (`load FILE` under the PIN model).
public protocol FileWriter: Sendable {
    /// Writes everything `produce` hands to its sink to the file at `path`.
    func write(
        to path: String,
        _ produce: (_ sink: (borrowing [UInt8]) throws(WriteProblem) -> Void) throws(WriteProblem) -> Void)
        throws(WriteProblem)
    /// The bytes of the file at `path`, at most `limit` of them.
    func read(from path: String, limit: Int) throws(ReadProblem) -> [UInt8]
    /// `path` as it names the same file from any folder (a relative path joined to the current
    /// folder), for a saved session that reads it again.
    func absolute(_ path: String) -> String
}

extension FileWriter {
    /// A shell given no files reads none either.
    public func read(from path: String, limit: Int) throws(ReadProblem) -> [UInt8] { throw .noFiles }
    public func absolute(_ path: String) -> String { path }
}

/// A writer that writes nothing and says so: the default for a shell given no files.
public struct NoFiles: FileWriter {
    public init() {}
    public func write(
        to path: String,
        _ produce: (_ sink: (borrowing [UInt8]) throws(WriteProblem) -> Void) throws(WriteProblem) -> Void
    ) throws(WriteProblem) {
        throw .noFiles
    }
}

/// Why a script file could not be read. `ErrorText` words each case.
public enum ReadProblem: Error, Equatable, Sendable {
    case noSuchFile
    case permissionDenied
    case isAFolder
    case system(code: Int32)
    /// This shell reads no files (a library user gave it no file access).
    case noFiles
    /// Larger than the reader takes.
    case tooLarge(limit: Int)
    /// Interrupted while waiting for a program to open a FIFO for writing.
    case noWriter
    /// Interrupted while reading.
    case interrupted
}

/// A problem with a file the shell keeps for the user (history, lesson or drill progress); the
/// shell goes on without it. `ErrorText` words each case.
public enum StateFileWarning: Error, Equatable, Sendable {
    /// A non-empty file that is not a libedit history: never replaced; the lines stay in memory.
    case historyUnreadable(String)
    case historyNotAFile(String)
    case historyUnwritable(String, WriteProblem)
    /// Not progress that glosten wrote: moved to `movedTo` (nil when it could not be moved, and
    /// then left as it is and never written over).
    case progressUnreadable(ProgressFileKind, String, movedTo: String?)
    case progressNotAFile(ProgressFileKind, String)
    /// Larger than progress can be (`LessonProgress.largestFile` bytes): moved aside as an unreadable one is.
    case progressTooLarge(ProgressFileKind, String, limit: Int, movedTo: String?)
    case progressUnwritable(ProgressFileKind, String, WriteProblem)
}

/// Whose progress a progress file keeps: the lessons' or the drills'.
public enum ProgressFileKind: Equatable, Sendable {
    case lessons, drills
}

/// A model's own refusal: a typed error whose wording lives beside its cases in the model's module.
package protocol ModelError: Error, Sendable {
    /// The line the learner reads: what is wrong, and what is accepted.
    var message: String { get }
}

/// A model's typed error as `ShellError` carries it: two are equal when they read the same.
public struct ModelRefusal: Equatable, Sendable {
    package let error: any ModelError

    package init(_ error: any ModelError) {
        self.error = error
    }

    public static func == (a: ModelRefusal, b: ModelRefusal) -> Bool { a.error.message == b.error.message }
}

extension ShellError {
    /// A model's typed error as a shell error: `throw .refused(MarketError.noInformedTraders)`.
    package static func refused(_ error: any ModelError) -> ShellError { .refusal(ModelRefusal(error)) }
}

/// A game a model plays with a verb of its own, and the models that have it, as the catalog
/// declares them (`ModelCatalog.ownGames`).
public struct GameOffer: Equatable, Sendable {
    public let verb: String
    public internal(set) var models: [String]
}
