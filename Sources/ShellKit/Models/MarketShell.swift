/// The market's commands run on one market, knowing nothing of lessons: the shell's own market
/// and a lesson's blocks both run here, so a lesson plays exactly as the shell does.
package struct MarketShell: Sendable {
    /// The market (under its model) and the commands that built it.
    package var session: MarketSession
    /// How orders are shown: `set detail full|brief`.
    package var detail = Detail.full
    /// How wide charts may be, and whether the terminal shows Unicode.
    package var display = Display()
    package var shouldStop: @Sendable () -> Bool = { false }
    package var reportProgress: @Sendable (LongWork, Int, Int) -> Void = { _, _, _ in }
    package var files: any FileWriter = NoFiles()
    /// The Bayes step of the last command that succeeded, if it applied an order (for `p_informed`).
    package var lastStep: (any ModelStep)?

    /// The models `model NAME` may open; the first is the one a lesson opens under.
    package let models: ModelCatalog

    package init(models: ModelCatalog, session: MarketSession? = nil) {
        self.models = models
        self.session = session ?? MarketSession(opening: models.opening)
    }

    /// A market at the opening of the first model, as a lesson starts one.
    var openingMarket: MarketSession { MarketSession(opening: models.opening) }

    /// Runs one command of the market, and journals it for `save` when it changes the market.
    /// Lesson verbs, `quit` and `save` are the interpreter's.
    package mutating func execute(_ command: Command, text: String) throws(ShellError) -> ModelReply {
        let reply: ModelReply
        switch command {
        case .market(let command):
            reply = try session.model.execute(command, context: context)
        case .shell(.seed(let seed)):
            let changed = session.model.setSeed(seed)
            reply = ModelReply([Line("seed = \(seed): the generator restarts from it")] + changed)
        case .shell(.detail(let detail)):
            self.detail = detail
            let said = session.kind.descriptor.detailLines
            reply = ModelReply([Line(detail == .full ? said.full : said.brief)])
        case .shell(.model(let kind)):
            reply = ModelReply(try model(kind))
        case .shell(.compareModels(let orders)):
            let study = ModelComparison(orders, seed: session.model.seed, models: models, context: context)
            if context.shouldStop() { throw .interruptedWorking(on: "the models' comparison") }
            reply = ModelReply(study.lines, results: .model(ModelResults(study.results)))
        case .shell(.help(let topic)):
            reply = ModelReply(try HelpText.lines(topic: topic, model: session.kind, models: models))
        case .shell(.quit), .shell(.lesson), .shell(.save), .shell(.next), .shell(.back), .shell(.skip),
            .shell(.restart), .shell(.hint), .shell(.again), .shell(.drill), .shell(.maker), .shell(.classroom),
            .shell(.homework):
            preconditionFailure("the interpreter runs \(command) itself")
        }
        session.journal += reply.journal ?? (command.isJournaled ? [text] : [])
        return reply
    }

    /// One line of a lesson's block, parsed under the market's model: refused if a lesson may not
    /// run it. Remembers the order it applied, for `p_informed`.
    mutating func runLessonLine(_ text: String) -> (lines: [Line], error: ShellError?, appliedOrder: Bool) {
        do throws(ShellError) {
            guard let command = try Parser.parse(Array(text.utf8), model: session.kind, models: models) else { return ([], nil, false) }
            guard command.isAllowedInLessons else { throw .notAllowedInLesson(text) }
            let reply = try execute(command, text: text)
            lastStep = reply.step
            return (reply.lines, nil, reply.step != nil)
        } catch {
            return ([Line(error.message, .error)], error, false)
        }
    }

    /// `model`: the models, the current one marked; `model NAME`: a new opening under NAME (the
    /// seed stays), said so.
    private mutating func model(_ kind: ModelKind?) throws(ShellError) -> [Line] {
        guard let kind else {
            return [Line("models (model NAME opens a market under it)", .heading)]
                + models.kinds.map {
                    Line(($0 == session.kind ? "* " : "  ") + Format.pad($0.rawValue, ModelDescriptor.nameColumns - 2) + $0.summary)
                }
        }
        let from = session.kind
        let time = session.model.time
        session.model = ModelSession(kind, seed: session.model.seed)
        let under =
            from == kind ? "the \(kind.rawValue) model again" : "the \(kind.rawValue) model (was \(from.rawValue))"
        let gone =
            time == 0
            ? ""
            : (time == 1 ? "; the period before is gone" : "; the \(time) periods before are gone")
                + (time == 0 ? "" : " (undo does not bring \(time == 1 ? "it" : "them") back)")
        return [Line("model = \(kind.rawValue): a new opening under \(under), t = 0" + gone)]
            + (try session.model.execute(.quote, context: context).lines)
    }

    /// What the model's commands see of the shell (tests build studies with it).
    var contextForTests: ModelContext { context }

    /// What the model's commands see of the shell.
    private var context: ModelContext {
        ModelContext(
            detail: detail, display: display, shouldStop: shouldStop, reportProgress: reportProgress, files: files)
    }
}
