import MarketModel

/// `params`: every setting with its textbook symbol, value and meaning.
struct ParamsText {
    let session: Session
    let detail: Detail

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
        case nil:
            switch entry.name {
            case "truth": return session.truth.rawValue
            case "detail": return detail.rawValue
            default: return String(session.seed)
            }
        }
    }

}
