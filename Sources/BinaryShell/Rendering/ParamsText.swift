import MarketModel
import ShellKit

extension Session {
    /// `params` under the binary model: every setting with its textbook symbol, value and meaning.
    package func params(detail: Detail) -> [Line] {
        let p = market.parameters
        return ParamsView(.binary, truth: truth.rawValue, seed: seed, detail: detail) { name in
            ParameterName(rawValue: name).map { parameter in
                ParamsView.uninformedValue(
                    name, gamma: p.gamma, epsBuy: p.epsBuy, epsSell: p.epsSell, elastic: p.elastic)
                    ?? Format.number(p[parameter])
            }
        }.lines
    }
}
