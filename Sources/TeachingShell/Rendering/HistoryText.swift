import MarketModel

/// `history [N]`: the last N periods, one row each.
struct HistoryText {
    let session: Session
    let count: Int

    var lines: [Line] {
        let tape = session.tape
        guard !tape.isEmpty else { return [Line("no orders yet (t = 0)")] }
        let high = Format.value(session.market.parameters.high)
        var lines = [Line("t         order     trader        price       P(V=\(high)) after", .heading)]
        let start = max(0, tape.count - count)
        if start > 0 { lines.append(Line("… \(start) earlier periods …", .dim)) }
        for index in start..<tape.count {
            let entry = tape[index]
            let parameters = session.epoch(of: entry).parameters
            let quote = Quote(belief: entry.before, parameters: parameters)
            let price: String = switch entry.order {
            case .buy: Format.price(quote.ask.price)
            case .sell: Format.price(quote.bid.price)
            case .none: ""
            }
            let trader = switch entry.trader {
            case .unknown: "typed"
            case .informed: "informed"
            case .uninformed: "noise"
            }
            let order = entry.order == .none ? "no trade" : entry.order.word
            let after = session.belief(after: index).pHigh
            lines.append(Line(Format.pad(String(index + 1), 10) + Format.pad(order, 10) + Format.pad(trader, 14) + Format.pad(price, 12) + Format.probability(after)))
        }
        return lines
    }

}
