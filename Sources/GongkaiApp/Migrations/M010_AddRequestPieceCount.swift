import FluentKit
import SQLKit

/// `requests.piece_count`: how many 件 an application counts as for the 按件 fee when it is split
/// by the 一事一申请 principle (《政府信息公开信息处理费管理办法》第四条); 1 for every existing row.
struct M010_AddRequestPieceCount: AsyncMigration {
    var name: String { "010_add_request_piece_count" }

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw(
            "ALTER TABLE \(ident: RequestModel.schema) ADD COLUMN \(ident: RequestModel.Column.pieceCount.description) INTEGER NOT NULL DEFAULT 1"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RequestModel.schema).deleteField(RequestModel.Column.pieceCount).update()
    }
}
