/// P(order | state): the order-flow probabilities of DESIGN §2.
///
/// | state | P(buy | s) | P(sell | s) | P(no trade | s) |
/// |---|---|---|---|
/// | N | ε_b | ε_s | 1−ε_b−ε_s |
/// | B | (1−μ)ε_b | μ + (1−μ)ε_s | (1−μ)(1−ε_b−ε_s) |
/// | G | μ + (1−μ)ε_b | (1−μ)ε_s | (1−μ)(1−ε_b−ε_s) |
extension Parameters {
    /// The likelihood of an order in each state while both sides of the market are open.
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

    /// The likelihood of an order given which sides are open: an arrival who wanted a closed
    /// side leaves, so its probability moves to "no trade".
    public func likelihood(of order: Order, askOpen: Bool, bidOpen: Bool) -> StateVector {
        switch order {
        case .buy:
            return askOpen ? likelihood(of: .buy) : StateVector(noEvent: 0, bad: 0, good: 0)
        case .sell:
            return bidOpen ? likelihood(of: .sell) : StateVector(noEvent: 0, bad: 0, good: 0)
        case .none:
            var total = likelihood(of: .none)
            if !askOpen { total = total.combined(with: likelihood(of: .buy), +) }
            if !bidOpen { total = total.combined(with: likelihood(of: .sell), +) }
            return total
        }
    }

    /// P(an informed trader in state s sends `order`), μ·[informed in s sends o], given the open sides.
    public func informedLikelihood(of order: Order, askOpen: Bool, bidOpen: Bool) -> StateVector {
        let buysInGood = askOpen ? Order.buy : .none
        let sellsInBad = bidOpen ? Order.sell : .none
        return StateVector(
            noEvent: 0,
            bad: sellsInBad == order ? mu : 0,
            good: buysInGood == order ? mu : 0
        )
    }
}
