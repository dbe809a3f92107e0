import SQLKit

/// A per-row trigger that bumps the agency's change version (M029) when a row of a table with an
/// `agency_id` column is inserted or updated: for small tables changed one row at a time (the
/// report's workflow and published versions), where M029's per-statement form is not needed.
enum AgencyVersionTrigger {
    static func create(on sql: any SQLDatabase, table: String, events: [String]) async throws {
        let versions = PlatformTables.changeVersions
        let scope = M029_CreateChangeVersions.scope("ROW.agency_id", row: "NEW")
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                """
                CREATE OR REPLACE FUNCTION gongkai_version_\(unsafeRaw: table)() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  INSERT INTO \(unsafeRaw: versions) (scope, version) VALUES (\(unsafeRaw: scope), 1)
                  ON CONFLICT (scope) DO UPDATE SET version = \(unsafeRaw: versions).version + 1;
                  RETURN NULL;
                END $$
                """
            ).run()
            for event in events {
                try await sql.raw(
                    """
                    CREATE TRIGGER \(unsafeRaw: table)_version_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON \(unsafeRaw: table)
                    FOR EACH ROW EXECUTE FUNCTION gongkai_version_\(unsafeRaw: table)()
                    """
                ).run()
            }
        } else {
            for event in events {
                try await sql.raw(
                    """
                    CREATE TRIGGER \(unsafeRaw: table)_version_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON \(unsafeRaw: table)
                    BEGIN
                      INSERT INTO \(unsafeRaw: versions) (scope, version) VALUES (\(unsafeRaw: scope), 1)
                      ON CONFLICT (scope) DO UPDATE SET version = version + 1;
                    END
                    """
                ).run()
            }
        }
    }

    static func drop(on sql: any SQLDatabase, table: String, events: [String]) async throws {
        let isPostgres = sql.dialect.name == "postgresql"
        for event in events {
            try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_version_\(unsafeRaw: event.lowercased())\(unsafeRaw: isPostgres ? " ON \(table)" : "")").run()
        }
        if isPostgres { try await sql.raw("DROP FUNCTION IF EXISTS gongkai_version_\(unsafeRaw: table)()").run() }
    }
}
