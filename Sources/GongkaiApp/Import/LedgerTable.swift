/// A spreadsheet as rows of text cells, each row with the line (CSV) or row number (XLSX) it
/// came from, so that every problem can be reported where the officer will find it.
public struct LedgerTable: Sendable, Hashable {
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
        public var isBlank: Bool { cells.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
    }

    /// The rows in file order, blank ones included.
    public let rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }
}

/// Why a ledger file could not be read at all.
public struct LedgerReadError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "无法读取台账 \(file)：\(reason)" }
}
