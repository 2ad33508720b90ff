/// P(order | state): the order-flow probabilities of DESIGN §2.
///
/// | state | P(buy | s) | P(sell | s) | P(no trade | s) |
/// |---|---|---|---|
/// | N | ε_b | ε_s | 1−ε_b−ε_s |
/// | B | (1−μ)ε_b | μ + (1−μ)ε_s | (1−μ)(1−ε_b−ε_s) |
/// | G | μ + (1−μ)ε_b | (1−μ)ε_s | (1−μ)(1−ε_b−ε_s) |
///
/// That table holds while both sides are open and informed traders trade on both. An informed
/// trader who will not trade at the quote (V_H ≤ ask, or V_L ≥ bid) stays out, and so does every
/// arrival who wanted a withdrawn side: their probability moves to "no trade".
extension Parameters {
    /// The likelihood of an order in each state while both sides are open and informed traders trade.
    public func likelihood(of order: Order) -> StateVector {
        let uninformed = 1 - mu
        switch order {
        case .buy:
            return StateVector(noEvent: epsBuy, bad: uninformed * epsBuy, good: mu + uninformed * epsBuy)
        case .sell:
            return StateVector(noEvent: epsSell, bad: mu + uninformed * epsSell, good: uninformed * epsSell)
        case .none:
            return StateVector(noEvent: epsNone, bad: uninformed * epsNone, good: uninformed * epsNone)
        }
    }

    /// The likelihood of a buy or a sell on an open side, with or without informed traders on it.
    public func likelihood(of order: Order, informed: Bool) -> StateVector {
        var l = likelihood(of: order)
        if !informed {
            switch order {
            case .buy: l.good = (1 - mu) * epsBuy
            case .sell: l.bad = (1 - mu) * epsSell
            case .none: break
            }
        }
        return l
    }

    /// The likelihood of an order given which sides are open and whether informed traders trade on
    /// them: an arrival who wanted a closed side leaves, and an informed trader who will not trade
    /// at the price stays out, so their probability moves to "no trade".
    public func likelihood(
        of order: Order, askOpen: Bool, bidOpen: Bool, informedBuy: Bool = true, informedSell: Bool = true
    ) -> StateVector {
        let nothing = StateVector(noEvent: 0, bad: 0, good: 0)
        switch order {
        case .buy:
            return askOpen ? likelihood(of: .buy, informed: informedBuy) : nothing
        case .sell:
            return bidOpen ? likelihood(of: .sell, informed: informedSell) : nothing
        case .none:
            var total = likelihood(of: .none)
            if !askOpen {
                total = total.combined(with: likelihood(of: .buy), +)
            } else if !informedBuy {
                total.good += mu
            }
            if !bidOpen {
                total = total.combined(with: likelihood(of: .sell), +)
            } else if !informedSell {
                total.bad += mu
            }
            return total
        }
    }

    /// The likelihood of an order at a quote: its open sides, where informed traders trade, and how
    /// many uninformed traders the prices draw (with elastic demand, ε_b·f and ε_s·g; those who
    /// decline join "no trade").
    public func likelihood(of order: Order, at quote: Quote) -> StateVector {
        var p = self
        p.epsBuy *= quote.ask.participation
        p.epsSell *= quote.bid.participation
        return p.likelihood(
            of: order, askOpen: quote.ask.isOpen, bidOpen: quote.bid.isOpen,
            informedBuy: quote.ask.informedTrade, informedSell: quote.bid.informedTrade)
    }

    /// P(an informed trader in state s sends `order`), μ·[informed in s sends o], at the quote:
    /// an informed trader buys (sells) only on an open side where the price pays.
    public func informedLikelihood(of order: Order, at quote: Quote) -> StateVector {
        let buysInGood = quote.ask.isOpen && quote.ask.informedTrade ? Order.buy : .none
        let sellsInBad = quote.bid.isOpen && quote.bid.informedTrade ? Order.sell : .none
        return StateVector(
            noEvent: 0,
            bad: sellsInBad == order ? mu : 0,
            good: buysInGood == order ? mu : 0
        )
    }
}
