/// Reads CSV as exported by Excel and WPS: RFC 4180 quoting (doubled quotes, line breaks inside
/// quotes), CRLF or LF, a UTF-8 byte-order mark, GBK/GB18030 text (through the core's
/// `TextDecoding`), and comma, tab or semicolon separators (chosen from the first line).
public enum CSVReader {
    /// The table in `bytes`; `name` is used in errors.
    public static func read(_ bytes: [UInt8], name: String) throws(CSVReadError) -> SpreadsheetTable {
        guard let (text, _) = TextDecoding.decode(bytes) else {
            throw CSVReadError(file: name, reason: "文件编码无法识别（应为 UTF-8 或 GBK）")
        }
        return parse(text)
    }

    /// The table in `text`.
    public static func parse(_ text: String) -> SpreadsheetTable {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator = detectSeparator(scalars)
        var rows: [SpreadsheetTable.Row] = []
        var cells: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var rowStart = 1
        var inQuotes = false
        var index = 0
        func endField() {
            cells.append(String(field))
            field = String.UnicodeScalarView()
        }
        func endRow() {
            endField()
            rows.append(SpreadsheetTable.Row(line: rowStart, cells: cells))
            cells = []
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                inQuotes = true
            } else if scalar == separator {
                endField()
            } else if scalar == "\r" || scalar == "\n" {
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                endRow()
                line += 1
                rowStart = line
            } else {
                field.append(scalar)
            }
            index += 1
        }
        if !field.isEmpty || !cells.isEmpty { endRow() }
        return SpreadsheetTable(rows: rows)
    }

    static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, "\t": 0, ";": 0]
        var inQuotes = false
        for scalar in scalars {
            if scalar == "\"" { inQuotes.toggle() }
            if !inQuotes, scalar == "\n" { break }
            if !inQuotes, counts[scalar] != nil { counts[scalar]! += 1 }
        }
        let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key != ",") }!
        return best.value > 0 ? best.key : ","
    }

    /// `cells` as one CSV line (quoted where needed), as `CSVRenderer` writes them.
    public static func line(_ cells: [String]) -> String {
        CSVRenderer.line(cells)
    }
}
