import FluentKit
import SQLKit

/// Triggers that refuse UPDATE and DELETE on the audit log and on request events, so that the
/// history stays append-only whatever client writes to the database.
struct M009_ProtectAppendOnlyTables: AsyncMigration {
    var name: String { "009_protect_append_only_tables" }

    static let tables = [AuditLogModel.schema, RequestEventModel.schema]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                """
                CREATE OR REPLACE FUNCTION gongkai_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$
                """
            ).run()
            for table in Self.tables {
                try await sql.raw(
                    """
                    CREATE TRIGGER \(unsafeRaw: table)_append_only BEFORE UPDATE OR DELETE ON \(unsafeRaw: table)
                    FOR EACH ROW EXECUTE FUNCTION gongkai_refuse_change()
                    """
                ).run()
            }
        } else {
            for table in Self.tables {
                for event in ["UPDATE", "DELETE"] {
                    try await sql.raw(
                        """
                        CREATE TRIGGER \(unsafeRaw: table)_no_\(unsafeRaw: event.lowercased()) BEFORE \(unsafeRaw: event) ON \(unsafeRaw: table)
                        BEGIN SELECT RAISE(ABORT, '\(unsafeRaw: table) is append-only'); END
                        """
                    ).run()
                }
            }
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            for table in Self.tables {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_append_only ON \(unsafeRaw: table)").run()
            }
            try await sql.raw("DROP FUNCTION IF EXISTS gongkai_refuse_change()").run()
        } else {
            for table in Self.tables {
                for event in ["update", "delete"] {
                    try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_no_\(unsafeRaw: event)").run()
                }
            }
        }
    }
}
