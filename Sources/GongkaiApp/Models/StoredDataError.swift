/// A stored row that no longer maps to a valid core record (edited by hand, or written by a
/// newer version).
public struct StoredDataError: Error, Sendable, CustomStringConvertible {
    /// The table.
    public let table: String
    /// The row's key (a case number, an id).
    public let key: String
    /// What is wrong.
    public let reason: String

    public init(table: String, key: String, reason: String) {
        self.table = table
        self.key = key
        self.reason = reason
    }

    /// The message in Chinese.
    public var description: String { "数据库表 \(table) 中的记录 \(key) 无效：\(reason)" }
}
