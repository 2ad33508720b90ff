import Foundation
import ShellKit

/// The session's four panels as one standalone SVG, readable when projected: titles, axes with
/// units and ticks, a legend, the true value as a dashed line.
struct SVGPanels {
    let session: Session

    private static let width = 1200.0, height = 860.0

    var document: String {
        let rows = session.periods == 0 ? [] : session.rows(Chart.window(session.periods))
        let p = session.market.parameters
        let title =
            "glosten — \(session.periods) periods · V \(Format.value(p.low))/\(Format.value(p.high)) · μ \(Format.number(p.mu)) · α \(Format.number(p.alpha)) · true value \(Format.value(session.trueValue))"
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(Self.width))" height="\(Int(Self.height))" viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" font-family="Helvetica, Arial, sans-serif">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(Self.width / 2)" y="34" font-size="24" text-anchor="middle" font-weight="bold">\(escape(title))</text>

            """
        for (index, kind) in BinaryPlot.allCases.enumerated() {
            let x = index % 2 == 0 ? 70.0 : 670.0
            let y = index < 2 ? 80.0 : 480.0
            svg += panel(kind, rows: rows, x: x, y: y, width: 490, height: 300)
        }
        return svg + "</svg>\n"
    }

    private func panel(
        _ kind: BinaryPlot, rows: [TradeRow], x: Double, y: Double, width: Double, height: Double
    ) -> String {
        let values = kind.values(rows)
        let reference = kind == .price ? session.trueValue : nil
        let finite = values.filter(\.isFinite) + (reference.map { [$0] } ?? [])
        let low = finite.min() ?? 0
        let high = finite.max() ?? 1
        let pad = high > low ? (high - low) * 0.08 : max(abs(high) * 0.01, 0.5)
        let floor = kind.bounds?.lowerBound ?? (low >= 0 ? 0 : -.infinity)
        let ticks = Ticks(from: max(floor, low - pad), to: min(kind.bounds?.upperBound ?? .infinity, high + pad))
        let (bottom, top) = (ticks.values.first ?? low, ticks.values.last ?? high)
        let firstT = rows.first?.t ?? 0
        func px(_ i: Int) -> Double { x + width * (values.count > 1 ? Double(i) / Double(values.count - 1) : 0.5) }
        func py(_ v: Double) -> Double { y + height * (top - v) / (top - bottom) }
        var out =
            "<g>\n<text x=\"\(x + width / 2)\" y=\"\(y - 14)\" font-size=\"20\" text-anchor=\"middle\" font-weight=\"bold\">\(escape(kind.title)) (\(escape(kind.unit)))</text>\n"
        out +=
            "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" fill=\"none\" stroke=\"#444\" stroke-width=\"1.5\"/>\n"
        for v in ticks.values {
            out += "<line x1=\"\(x - 6)\" y1=\"\(py(v))\" x2=\"\(x + width)\" y2=\"\(py(v))\" stroke=\"#ddd\"/>\n"
            out +=
                "<text x=\"\(x - 10)\" y=\"\(py(v) + 6)\" font-size=\"16\" text-anchor=\"end\">\(ticks.label(v))</text>\n"
        }
        let count = max(values.count, 1)
        for index in Set([0, (count - 1) / 2, count - 1]).sorted() {
            out +=
                "<text x=\"\(px(index))\" y=\"\(y + height + 24)\" font-size=\"16\" text-anchor=\"middle\">\(firstT + index)</text>\n"
        }
        out +=
            "<text x=\"\(x + width / 2)\" y=\"\(y + height + 48)\" font-size=\"16\" text-anchor=\"middle\">trade number t</text>\n"
        if let reference {
            out +=
                "<line x1=\"\(x)\" y1=\"\(py(reference))\" x2=\"\(x + width)\" y2=\"\(py(reference))\" stroke=\"#2a9d3a\" stroke-width=\"2.5\" stroke-dasharray=\"10 6\"/>\n"
            out +=
                "<text x=\"\(x + width - 6)\" y=\"\(py(reference) - 8)\" font-size=\"16\" text-anchor=\"end\" fill=\"#2a9d3a\">true value \(Format.value(reference))</text>\n"
        }
        let points = values.enumerated().filter { $0.element.isFinite }.map { "\(px($0.offset)),\(py($0.element))" }
        if !points.isEmpty {
            out +=
                "<polyline fill=\"none\" stroke=\"#1f5fbf\" stroke-width=\"3\" points=\"\(points.joined(separator: " "))\"/>\n"
        } else {
            out +=
                "<text x=\"\(x + width / 2)\" y=\"\(y + height / 2)\" font-size=\"18\" text-anchor=\"middle\" fill=\"#888\">no periods yet</text>\n"
        }
        return out + "</g>\n"
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
