import FluentKit
import SQLKit

/// Adds the catalogue to the tables whose changes bump the agency's change version (M029), so
/// that cached staff pages showing catalogue work (the staff home's 第二十六条 panel) stay current.
struct M042_WatchCatalogueChanges: AsyncMigration {
    var name: String { "042_watch_catalogue_changes" }

    static let table = CatalogueItemModel.schema

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let versions = PlatformTables.changeVersions
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                """
                CREATE OR REPLACE FUNCTION gongkai_version_\(unsafeRaw: Self.table)() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  INSERT INTO \(unsafeRaw: versions) (scope, version)
                  SELECT DISTINCT \(unsafeRaw: M029_CreateChangeVersions.scope("ROW.agency_id", row: "changed")), 1 FROM changed
                  ON CONFLICT (scope) DO UPDATE SET version = \(unsafeRaw: versions).version + 1;
                  RETURN NULL;
                END $$
                """
            ).run()
            for (event, transition) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
                try await sql.raw(
                    """
                    CREATE TRIGGER \(unsafeRaw: Self.table)_version_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON \(unsafeRaw: Self.table)
                    REFERENCING \(unsafeRaw: transition) TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION gongkai_version_\(unsafeRaw: Self.table)()
                    """
                ).run()
            }
        } else {
            for (event, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
                try await sql.raw(
                    """
                    CREATE TRIGGER \(unsafeRaw: Self.table)_version_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON \(unsafeRaw: Self.table)
                    BEGIN
                      INSERT INTO \(unsafeRaw: versions) (scope, version) VALUES (\(unsafeRaw: M029_CreateChangeVersions.scope("ROW.agency_id", row: row)), 1)
                      ON CONFLICT (scope) DO UPDATE SET version = version + 1;
                    END
                    """
                ).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let isPostgres = sql.dialect.name == "postgresql"
        for event in ["insert", "update", "delete"] {
            try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: Self.table)_version_\(unsafeRaw: event)\(unsafeRaw: isPostgres ? " ON \(Self.table)" : "")").run()
        }
        if isPostgres { try await sql.raw("DROP FUNCTION IF EXISTS gongkai_version_\(unsafeRaw: Self.table)()").run() }
    }
}
