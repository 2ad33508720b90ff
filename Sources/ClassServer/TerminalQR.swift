import CQREncode

/// A QR code drawn with text for a terminal: two module rows per line with half blocks, light
/// modules inked (`█`), so that on a dark projected terminal the code reads dark on light, with
/// the standard quiet zone of four light modules around it.
public enum TerminalQR {
    /// The light border, in modules, the QR standard asks for.
    public static let quietZone = 4

    /// The modules of `text` at error correction level M: `true` is dark; nil if it does not fit.
    public static func modules(_ text: String) -> [[Bool]]? {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        return (0..<width).map { row in
            (0..<width).map { column in code.pointee.data[row * width + column] & 1 == 1 }
        }
    }

    /// The lines that draw `text`'s code, quiet zone included.
    public static func lines(_ text: String) -> [String]? {
        guard let modules = modules(text) else { return nil }
        let size = modules.count + 2 * quietZone
        func light(_ row: Int, _ column: Int) -> Bool {
            let (r, c) = (row - quietZone, column - quietZone)
            guard modules.indices.contains(r), modules.indices.contains(c) else { return true }
            return !modules[r][c]
        }
        return stride(from: 0, to: size, by: 2).map { row in
            String(
                (0..<size).map { column -> Character in
                    switch (light(row, column), row + 1 < size && light(row + 1, column)) {
                    case (true, true): "█"
                    case (true, false): "▀"
                    case (false, true): "▄"
                    case (false, false): " "
                    }
                })
        }
    }
}
