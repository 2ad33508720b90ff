import MarketModel

/// `params`: every setting with its textbook symbol, value and meaning.
struct ParamsText {
    let session: Session

    var lines: [Line] {
        let p = session.market.parameters
        var lines = [Line("name        symbol    value      meaning", .heading)]
        for entry in settingTable {
            lines.append(Line(Format.pad(entry.name, 12) + Format.pad(entry.symbol, 10) + Format.pad(value(entry, p), 11) + entry.meaning))
        }
        return lines
    }

    private func value(_ entry: SettingName, _ p: Parameters) -> String {
        switch entry.parameter {
        case .gamma?: return p.gamma.map(Format.number) ?? "—"
        case .eps?: return p.epsBuy == p.epsSell ? Format.number(p.epsBuy) : "—"
        case let name?: return Format.number(p[name])
        case nil: return entry.name == "truth" ? session.truth.rawValue : String(session.seed)
        }
    }

}
