import FluentKit
import SQLKit

/// Multi-row INSERTs, chunked below the dialect's limit on bound parameters. Used where rows are
/// written by the thousand (imports, the demo, tests and the benchmark); Fluent's per-model
/// `create` is used elsewhere. Run it inside a transaction to keep all-or-nothing.
enum BulkInsert {
    /// Parameters per statement: SQLite allows 32,766, PostgreSQL 65,535.
    static func parameterLimit(_ sql: any SQLDatabase) -> Int {
        sql.dialect.name == "postgresql" ? 65_000 : 32_000
    }

    /// Inserts `rows` (each with one value per column) into `table`.
    static func insert(
        into table: String, columns: [FieldKey], rows: [[any Encodable & Sendable]], on database: any Database
    ) async throws {
        guard !rows.isEmpty else { return }
        let sql = database as! any SQLDatabase
        let perStatement = max(1, parameterLimit(sql) / columns.count)
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + perStatement)
            let builder = sql.insert(into: table).columns(columns.map { SQLIdentifier($0.description) })
            for row in rows[start..<end] { builder.values(row.map { SQLBind($0) as any SQLExpression }) }
            try await builder.run()
            start = end
        }
    }
}
