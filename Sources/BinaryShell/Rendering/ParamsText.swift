import MarketModel
import ShellKit

/// `params` under the binary model: every setting with its textbook symbol, value and meaning.
struct ParamsText {
    let session: Session
    let detail: Detail

    var lines: [Line] {
        let p = session.market.parameters
        var lines = [Line("name        symbol    value      meaning", .heading)]
        for row in settingRows(.binary) {
            lines.append(
                Line(
                    Format.pad(row.name, 12) + Format.pad(row.symbol, 10) + Format.pad(value(row.name, p), 11)
                        + row.meaning))
        }
        return lines
    }

    private func value(_ name: String, _ p: Parameters) -> String {
        switch (ParameterName(rawValue: name), ShellSetting(rawValue: name)) {
        case (.gamma?, _): p.gamma.map(Format.number) ?? "—"
        case (.eps?, _): p.epsBuy == p.epsSell ? Format.number(p.epsBuy) : "—"
        case (.elastic?, _): ElasticityText.word(p.elastic)
        case (let parameter?, _): Format.number(p[parameter])
        case (nil, .truth?): session.truth.rawValue
        case (nil, .detail?): detail.rawValue
        case (nil, .seed?), (nil, nil): String(session.seed)
        }
    }
}
