/// A worksheet's rows and cells, streamed: `<row r>` and `<c r t>` with their `<v>` or inline
/// `<is><t>` text, under the row and cell caps.
struct XlsxSheetParser {
    let sharedStrings: [String]
    let limits: XlsxWorkbookReader.Limits
    var rows: [XlsxWorkbookReader.Row] = []
    var rowNumber = 0
    var cells: [Int: String] = [:]
    var cellColumn = -1
    var cellReference = ""
    var cellType = "n"
    var value = ""
    var capturing = false
    var totalCells = 0

    static func rows(
        _ bytes: [UInt8], part: String, sharedStrings: [String], limits: XlsxWorkbookReader.Limits
    ) throws(XlsxReadError) -> [XlsxWorkbookReader.Row] {
        var parser = XlsxSheetParser(sharedStrings: sharedStrings, limits: limits)
        try XlsxStream.walk(bytes, part: part) { node throws(XlsxReadError) in
            try parser.visit(node)
            return true
        }
        return parser.rows
    }

    mutating func visit(_ node: XlsxStream.Node) throws(XlsxReadError) {
        switch node {
        case .start("row", let attributes):
            guard rows.count < limits.rows else { throw XlsxReadError(.tooManyRows(limit: limits.rows)) }
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            cells = [:]
            cellColumn = -1
        case .start("c", let attributes):
            cellReference = attributes["r"] ?? ""
            let column = Self.column(ofReference: cellReference) ?? cellColumn + 1
            guard column <= XlsxWorkbookReader.lastColumn else {
                throw XlsxReadError(.columnOutOfRange(reference: cellReference, row: rowNumber))
            }
            cellColumn = column
            cellType = attributes["t"] ?? "n"
            value = ""
        case .start("v", _), .start("t", _):
            capturing = true
        case .text(let text):
            if capturing { value += text }
        case .end("v"), .end("t"):
            capturing = false
        case .end("c"):
            cells[cellColumn] = try cellText()
        case .end("row"):
            let width = (cells.keys.max() ?? -1) + 1
            totalCells += width
            guard totalCells <= limits.cells else { throw XlsxReadError(.tooManyCells(limit: limits.cells)) }
            rows.append(XlsxWorkbookReader.Row(number: rowNumber, cells: (0..<width).map { cells[$0] ?? "" }))
        default:
            break
        }
    }

    func cellText() throws(XlsxReadError) -> String {
        switch cellType {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                throw XlsxReadError(.sharedStringOutOfRange(reference: cellReference, row: rowNumber))
            }
            return sharedStrings[index]
        case "b":
            return value == "1" ? "TRUE" : "FALSE"
        case "n":
            return value.hasSuffix(".0") ? String(value.dropLast(2)) : value
        default:
            return value
        }
    }

    /// The 0-based column of a cell reference such as "AB12"; `nil` without letters. Stops
    /// counting once past the last column, so a hostile reference cannot overflow.
    static func column(ofReference reference: String) -> Int? {
        var value = 0
        var sawLetter = false
        for scalar in reference.unicodeScalars {
            guard scalar.properties.isAlphabetic, scalar.isASCII else { break }
            value = min(value * 26 + Int(scalar.value & 0x1F), XlsxWorkbookReader.lastColumn + 2)
            sawLetter = true
        }
        return sawLetter ? value - 1 : nil
    }
}
