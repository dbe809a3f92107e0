/// A spreadsheet as rows of text cells, each row with the line (CSV) or row number (XLSX) it
/// came from, so that every problem can be reported where the officer will find it.
public struct SpreadsheetTable: Sendable, Hashable {
    /// One row.
    public struct Row: Sendable, Hashable {
        /// The 1-based line or row number in the file.
        public let line: Int
        /// The cells, left to right (empty text for an empty cell).
        public let cells: [String]

        public init(line: Int, cells: [String]) {
            self.line = line
            self.cells = cells
        }

        /// Whether every cell is blank.
        public var isBlank: Bool { cells.allSatisfy { LabelText.trim($0).isEmpty } }

        /// The cell at `column`, trimmed; empty when the row is shorter.
        public func cell(_ column: Int) -> String {
            cells.indices.contains(column) ? LabelText.trim(cells[column]) : ""
        }
    }

    /// The rows in file order, blank ones included.
    public let rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }
}

/// Why a CSV file could not be read at all.
public struct CSVReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, as the user named it.
    public let file: String
    /// Why, in Chinese.
    public let reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "无法读取 \(file)：\(reason)" }
}
