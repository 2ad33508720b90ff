import MarketCore

/// `compare models [buy|sell …]`: the same customer orders through the models of the document's
/// comparative table (those whose descriptor says what sets their spread),
/// each from its opening with its own default parameters and the session's seed; one row a model:
/// what its market maker learned, how the price moved, the spread, and what sets it.
struct ModelComparison: Sendable {
    /// One model's run.
    package struct Row: Sendable, Encodable {
        package let model: String
        /// The market maker's standard deviation of v before and after (nil: no belief to update).
        let sdBefore, sdAfter: Double?
        /// The mid (or the one price) before and after.
        package let priceBefore, priceAfter: Double?
        let spreadBefore, spreadAfter: Double?
        let ordersPlayed: Int
        /// Why the orders stopped early, if they did.
        package let stopped: String?
        package let spreadSetBy: String

        package enum CodingKeys: String, CodingKey {
            case model
            case sdBefore = "sd_before"
            case sdAfter = "sd_after"
            case priceBefore = "price_before"
            case priceAfter = "price_after"
            case spreadBefore = "spread_before"
            case spreadAfter = "spread_after"
            case ordersPlayed = "orders_played"
            case stopped
            case spreadSetBy = "spread_set_by"
        }
    }

    /// The figures for `--json`.
    struct Results: Sendable, Encodable {
        package let kind = "compare_models"
        package let orders: [String]
        package let seed: UInt64
        package let models: [Row]
    }

    package let orders: [Order]
    package let seed: UInt64
    package let rows: [Row]
    /// The models played, and those left out (no `spreadSetBy`), in the registry's order.
    package let compared, leftOut: [ModelKind]

    package init(_ orders: [Order], seed: UInt64, models: ModelCatalog, context: ModelContext) {
        self.orders = orders
        self.seed = seed
        compared = models.kinds.filter { $0.descriptor.spreadSetBy != nil }
        leftOut = models.kinds.filter { $0.descriptor.spreadSetBy == nil }
        rows = compared.compactMap { kind in
            guard let setBy = kind.descriptor.spreadSetBy else { return nil }
            var session = ModelSession(kind, seed: seed)
            let before = session
            var played = 0
            var stopped: String?
            for order in orders {
                // Ctrl-C or SIGTERM: the caller reports the study as interrupted.
                if context.shouldStop() { break }
                do throws(ShellError) {
                    _ = try session.execute(session.market.comparisonCommand(for: order), context: context)
                    played += 1
                } catch {
                    stopped = error.message
                    break
                }
            }
            func price(_ s: ModelSession) -> Double? { s.value(of: .mid) ?? s.value(of: .price) }
            return Row(
                model: kind.rawValue, sdBefore: before.value(of: .sd), sdAfter: session.value(of: .sd),
                priceBefore: price(before), priceAfter: price(session), spreadBefore: before.value(of: .spread),
                spreadAfter: session.value(of: .spread), ordersPlayed: played, stopped: stopped, spreadSetBy: setBy)
        }
    }

    package var results: Results { Results(orders: orders.map(\.word), seed: seed, models: rows) }

    package var lines: [Line] {
        let named = orders.prefix(8).map(\.word).joined(separator: " ")
        let words = orders.count <= 8 ? named : "\(orders.count) orders (\(named) …)"
        var lines = [
            Line("\(words): through each model from its opening (seed \(seed))", .heading)
        ]
        for row in rows {
            lines.append(Line(Format.pad(row.model, 10) + learned(row)))
            lines.append(Line(Format.pad("", 10) + moved(row)))
            lines.append(Line(Format.pad("", 10) + row.spreadSetBy, .dim))
            if let stopped = row.stopped {
                lines.append(Line(Format.pad("", 10) + "stopped after \(row.ordersPlayed) of \(orders.count): \(stopped)", .warning))
            }
        }
        let notes = compared.compactMap(\.descriptor.comparisonNote)
        lines.append(Line((["each at its defaults"] + notes).joined(separator: "; "), .dim))
        for kind in leftOut {
            let why = kind.descriptor.comparisonNote ?? Self.leftOutReason
            lines.append(Line("\(kind.rawValue) is left out: \(why)", .dim))
        }
        return lines
    }

    /// Why a model that says nothing more is left out.
    static let leftOutReason = "its market does not trade single buy and sell orders"

    /// `sd of v 4 → 2.9 (47% of the variance learned)` or that there is no belief to update.
    private func learned(_ row: Row) -> String {
        guard let a = row.sdBefore, let b = row.sdAfter else { return "learns nothing: no belief about v to update" }
        let share = a > 0 ? 1 - (b * b) / (a * a) : 0
        return "learned: sd of v \(short(a)) → \(short(b)), \(Format.percent(share)) of the variance"
    }

    /// `price 100 → 101.6, spread 2.4 → 2.18`.
    private func moved(_ row: Row) -> String {
        let price = "price \(row.priceBefore.map(short) ?? "—") → \(row.priceAfter.map(short) ?? "—")"
        guard row.spreadBefore != nil || row.spreadAfter != nil else { return price + "; one price, no spread" }
        return price + "; spread \(row.spreadBefore.map(short) ?? "—") → \(row.spreadAfter.map(short) ?? "—")"
    }

    /// Two decimals: a row is read at a glance (the JSON has every digit).
    private func short(_ x: Double) -> String { Format.fixed(x, places: 2) }
}
