import PINModel
import ShellKit

/// The PIN model's verbs: days (typed, drawn, loaded; its own, `PINVerb`), the views, `set`,
/// `estimate`, `profile` and `export csv`. The shared verbs it omits are refused by the parser and
/// by `ModelMarket`'s defaults (`pinModel.omittedVerbs`).
extension PINSession {
    /// The largest file `load` reads (a million days of counts fit well within it).
    static let largestFile = 64_000_000
    /// The most days one `run` draws (the shared verb takes more arrivals).
    static let largestRun = 1_000_000

    package mutating func run(_ n: Int, context: ModelContext) throws(ShellError) -> ModelReply {
        guard n <= Self.largestRun else { throw .refused(PINRefusal.runTooLong(Self.largestRun)) }
        let drawn = draw(n, shouldStop: context.shouldStop)
        return ModelReply(
            PINDayText.run(drawn, session: self), journal: drawn.count > 0 ? ["run \(drawn.count)"] : [])
    }

    package func quote(context: ModelContext) throws(ShellError) -> ModelReply {
        ModelReply(PINDayText.quotes(parameters))
    }

    package func state(context: ModelContext) throws(ShellError) -> ModelReply { ModelReply(PINDayText.state(self)) }

    package func params(context: ModelContext) throws(ShellError) -> ModelReply {
        ModelReply(PINDayText.params(parameters, truth: truth))
    }

    package func history(last: Int, context: ModelContext) throws(ShellError) -> ModelReply {
        ModelReply(PINDayText.history(self, last: last))
    }

    package mutating func set(_ parameter: PINParameterName, to value: Double, context: ModelContext) throws(ShellError) -> ModelReply {
        let name = parameter.rawValue
        do { try set(parameter, to: value) } catch { throw .refused(PINRefusal.parameter(error)) }
        let opening = EKOPQuote.opening(parameters).map { [PINDayText.openingLine($0)] } ?? []
        return ModelReply(
            [
                Line(
                    "\(name) = \(Format.number(value)): the days held stay; PIN \(Format.fixed(parameters.pin, places: 4))"
                )
            ]
                + opening)
    }

    package mutating func setTruth(_ stated: ModelTruth, context: ModelContext) throws(ShellError) -> ModelReply {
        setTruth(DayTruth(stated))
        return ModelReply([
            Line("truth = \(truth.word): \(PINDayText.truthMeaning(truth)); hidden from the market maker", .hidden)
        ])
    }

    package mutating func reset(context: ModelContext) throws(ShellError) -> ModelReply {
        reset()
        return ModelReply([Line("no day held; generator reseeded with \(seed)")])
    }

    package mutating func undo(context: ModelContext) throws(ShellError) -> ModelReply {
        guard let last = undo() else { throw .nothingToUndo(noneYet: PINErrorText.noDayHeld) }
        return ModelReply([
            Line(
                "took back day \(count + 1) (\(last.day.buys) buys, \(last.day.sells) sells); \(PINDayText.held(count))"
            )
        ])
    }

    /// `export csv FILE`: the days in the shape `load` reads; the other formats are refused.
    package func export(_ format: ExportFormat, to path: String, context: ModelContext) throws(ShellError) -> ModelReply {
        guard format == .csv else { throw .refused(PINRefusal.export(format.rawValue)) }
        try exportCSV(to: path, context: context)
        return ModelReply([Line("wrote \(count) days to \(path) (the shape load reads)")])
    }

    package mutating func own(_ verb: PINVerb, _ arguments: ParsedArguments, context: ModelContext) throws(ShellError)
        -> ModelReply
    {
        switch verb {
        case .day:
            let numbers = arguments.numbers ?? []
            if numbers.isEmpty {
                let drawn = drawDay()
                let step = DayBayes(day: drawn.day, parameters: parameters)
                return ModelReply(PINDayText.day(step, number: count, parameters: parameters, nature: drawn.type))
            }
            guard numbers.count == 2 else { throw .refused(PINRefusal.dayNeedsBoth) }
            for x in numbers where !(x >= 0 && x <= Double(CountsCSV.maximumCount) && x == x.rounded()) {
                throw .refused(PINRefusal.notACount(x))
            }
            let step = typed(buys: Int(numbers[0]), sells: Int(numbers[1]))
            return ModelReply(PINDayText.day(step, number: count, parameters: parameters, nature: nil))
        case .load:
            guard case .word(let path) = arguments else { preconditionFailure("load takes a file") }
            let bytes: [UInt8]
            do {
                bytes = try context.files.read(from: path, limit: Self.largestFile)
            } catch {
                throw .refused(PINRefusal.unreadable(path, error))
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw .refused(PINRefusal.notText(path))
            }
            do { load(try CountsCSV.read(text)) } catch { throw .refused(PINRefusal.counts(error, file: path)) }
            // The saved session loads the same file from any folder (a path holding a space or
            // tab cannot be a word of a command line, so it stays as typed).
            let again = context.files.absolute(path)
            return ModelReply(
                PINDayText.loaded(self, from: path),
                journal: ["load \(again.contains(where: { $0 == " " || $0 == "\t" }) ? path : again)"])
        case .estimate:
            let made: PINEstimate
            do { made = try fit(shouldStop: context.shouldStop) } catch { throw .refused(PINRefusal.estimation(error)) }
            return ModelReply(PINEstimateText.lines(made, session: self), step: PINEstimateStep(estimate: made))
        case .profile:
            // A stop while fitting or profiling leaves the session as it was (no estimate kept).
            var trial = self
            let made: PINEstimate
            let points: [(alpha: Double, logLikelihood: Double)]
            do throws(PINEstimationError) {
                if let kept = trial.estimate {
                    made = kept
                } else {
                    made = try trial.fit(shouldStop: context.shouldStop)
                }
                points = try PINEstimator.profile(
                    days, alphas: PINEstimateText.profileAlphas(made), around: made, shouldStop: context.shouldStop)
            } catch {
                throw .refused(PINRefusal.estimation(error))
            }
            self = trial
            return ModelReply(PINEstimateText.profile(made, points: points))
        }
    }
}
