/// `help` and `help TOPIC`: the verb table, a verb, a parameter, or a concept.
enum HelpText {
    package static func lines(topic: String?, model: ModelKind, models: ModelCatalog) throws(ShellError) -> [Line] {
        guard let topic else { return overview(model, models: models) }
        // `help compare` under a model without the binary study: the verb whose name it begins.
        if let verb = model.verb(named: topic) ?? model.verbs.first(where: { $0.name.hasPrefix(topic + " ") }) {
            let details = verb.details(under: model, models: models)
            // `help model` is also the topic: the verb's usage, then the current model explained.
            let topic = model.helpTopics.first { $0.name == verb.name }
            let summary = model.verbSummaries[verb.name] ?? verb.summary
            return [Line("usage: \(verb.usage(under: model))", .heading), Line("  \(summary)"), Line("  \(details)")]
                + (verb.aliases.isEmpty ? [] : [Line("  also: \(verb.aliases.joined(separator: ", "))", .dim)])
                + (topic.map { [Line("the \(model.rawValue) model", .heading), Line("  " + $0.text)] } ?? [])
        }
        if let row = settingRows(model).first(where: { $0.name == topic }) {
            let symbol = row.symbol.isEmpty ? "" : " (\(row.symbol))"
            return [
                Line("set \(row.name) VALUE\(symbol)", .heading), Line("  \(row.meaning)"),
                Line("  accepts \(row.accepts)"),
            ]
                + (row.restartsMarket ? [Line("  changing it restarts the market at t = 0", .dim)] : [])
        }
        if let found = model.helpTopics.first(where: { $0.name == topic }) {
            return [Line(found.name, .heading), Line("  " + found.text)]
        }
        if let game = GameText.helpElsewhere(topic, here: model, models: models) { return game }
        let names = topicNames(model)
        throw .unknownTopic(topic, suggestion: Suggestion.nearest(to: topic, among: names))
    }

    /// Every topic name `help` accepts under `model`, for completion.
    public static func topicNames(_ model: ModelKind) -> [String] {
        model.verbs.map(\.name) + settingRows(model).map(\.name) + model.helpTopics.map(\.name)
    }

    private static func overview(_ model: ModelKind, models: ModelCatalog) -> [Line] {
        var lines = [Line("commands (help NAME shows how to use one)", .heading)]
        for group in VerbGroup.allCases {
            var rows: [Line] = []
            for verb in model.verbs where verb.group == group {
                let usage = verb.usage(under: model).count <= 16 ? verb.usage(under: model) : verb.name + " …"
                rows.append(Line(Format.pad("  " + usage, 18) + (model.verbSummaries[verb.name] ?? verb.summary)))
            }
            if group == .games { rows += GameText.elsewhereInHelp(model, models: models) }
            // A heading stands only over rows: a model may leave a whole group out.
            if !rows.isEmpty { lines += [Line(group.rawValue, .heading)] + rows }
        }
        lines.append(
            Line(
                "topics: " + model.helpTopics.map(\.name).joined(separator: ", ")
                    + "; help NAME for a verb or parameter", .dim))
        return lines
    }
}
