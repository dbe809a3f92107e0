import GongkaiCore

/// A ledger as read from CSV or XLSX: rows of text cells with their line numbers (the core's
/// `SpreadsheetTable`, which the core's `CSVReader` produces).
public typealias LedgerTable = SpreadsheetTable

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
