import Foundation

/// Reading an export back (`class compare`): the CSV or JSON `class export` writes.
extension ExportRow {
    /// The rows of a CSV (RFC 4180: a header, quoted fields with doubled quotes) or of a JSON
    /// array of objects; nil when the text is neither.
    public static func rows(of text: String) -> [ExportRow]? {
        if text.drop(while: \.isWhitespace).first == "[" { return json(text) }
        let records = csvRecords(text)
        guard let header = records.first, !header.isEmpty else { return nil }
        var rows: [ExportRow] = []
        for record in records.dropFirst() where record != [""] {
            guard record.count == header.count else { return nil }
            rows.append(ExportRow(fields: zip(header, record).map { Field(name: $0, value: $1) }))
        }
        return rows
    }

    private static func json(_ text: String) -> [ExportRow]? {
        guard let objects = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else { return nil }
        return objects.map { object in
            ExportRow(
                fields: object.keys.sorted().map { key in
                    let value = object[key]
                    return Field(name: key, value: value as? String ?? (value as? NSNumber)?.stringValue ?? "")
                })
        }
    }

    /// The records of a CSV text, each a list of fields.
    static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? characters.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": record.append(field); field = ""
            case "\n", "\r\n", "\r":
                record.append(field); field = ""
                records.append(record); record = []
            default: field.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
