import FluentKit
import SQLKit

/// Version counters that the database itself bumps on every change to what the pages show (an
/// agency's requests, portal submissions, reply drafts, letters, its portal details; the list of
/// agencies): every server process can tell in one primary-key read whether a page it rendered is
/// still current, and no code path can forget to invalidate it.
///
/// Scopes: `agency:<id>` for one agency's casework and page, `site` for the agency list. SQLite
/// bumps per row; PostgreSQL once per statement and agency (transition tables), so bulk imports
/// stay cheap.
struct M029_CreateChangeVersions: AsyncMigration {
    var name: String { "029_create_change_versions" }

    /// The tables watched, and how a changed row (`ROW`) names its agency.
    static let watched: [(table: String, agency: String)] = [
        (RequestModel.schema, "ROW.agency_id"),
        (PortalSubmissionModel.schema, "ROW.agency_id"),
        (AgencyProfileModel.schema, "ROW.agency_id"),
        (ReplyDraftModel.schema, "(SELECT agency_id FROM requests WHERE requests.id = ROW.request_id)"),
        (LetterModel.schema, "(SELECT agency_id FROM requests WHERE requests.id = ROW.request_id)"),
    ]

    /// The scope of the agency of `row` ("NEW", "OLD", "changed"), spelled the same on both
    /// databases: upper-case text, as Swift prints a UUID.
    static func scope(_ agency: String, row: String) -> String {
        "'agency:' || upper(CAST(\(agency.replacingOccurrences(of: "ROW.", with: row + ".")) AS TEXT))"
    }

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(table: PlatformTables.changeVersions)
            .column("scope", type: .text, .primaryKey(autoIncrement: false))
            .column("version", type: .bigint, .notNull)
            .run()
        if sql.dialect.name == "postgresql" {
            try await preparePostgres(sql)
        } else {
            try await prepareSQLite(sql)
        }
    }

    private func prepareSQLite(_ sql: any SQLDatabase) async throws {
        for (table, agency) in Self.watched {
            for (event, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
                let scope = Self.scope(agency, row: row)
                try await sql.raw(
                    """
                    CREATE TRIGGER \(unsafeRaw: table)_version_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON \(unsafeRaw: table)
                    BEGIN
                      INSERT INTO \(unsafeRaw: PlatformTables.changeVersions) (scope, version) VALUES (\(unsafeRaw: scope), 1)
                      ON CONFLICT (scope) DO UPDATE SET version = version + 1;
                      \(unsafeRaw: table == AgencyProfileModel.schema ? "INSERT INTO \(PlatformTables.changeVersions) (scope, version) VALUES ('site', 1) ON CONFLICT (scope) DO UPDATE SET version = version + 1;" : "")
                    END
                    """
                ).run()
            }
        }
        for event in ["INSERT", "UPDATE", "DELETE"] {
            try await sql.raw(
                """
                CREATE TRIGGER agencies_version_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON \(unsafeRaw: AgencyModel.schema)
                BEGIN
                  INSERT INTO \(unsafeRaw: PlatformTables.changeVersions) (scope, version) VALUES ('site', 1)
                  ON CONFLICT (scope) DO UPDATE SET version = version + 1;
                END
                """
            ).run()
        }
    }

    private func preparePostgres(_ sql: any SQLDatabase) async throws {
        for (table, agency) in Self.watched {
            let function = "gongkai_version_\(table)"
            let rowAgency = agency.replacingOccurrences(of: "ROW.", with: "changed.")
            let site = table == AgencyProfileModel.schema
                ? "INSERT INTO \(PlatformTables.changeVersions) (scope, version) VALUES ('site', 1) ON CONFLICT (scope) DO UPDATE SET version = \(PlatformTables.changeVersions).version + 1;"
                : ""
            try await sql.raw(
                """
                CREATE OR REPLACE FUNCTION \(unsafeRaw: function)() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  INSERT INTO \(unsafeRaw: PlatformTables.changeVersions) (scope, version)
                  SELECT DISTINCT \(unsafeRaw: Self.scope(agency, row: "changed")), 1 FROM changed WHERE \(unsafeRaw: rowAgency) IS NOT NULL
                  ON CONFLICT (scope) DO UPDATE SET version = \(unsafeRaw: PlatformTables.changeVersions).version + 1;
                  \(unsafeRaw: site)
                  RETURN NULL;
                END $$
                """
            ).run()
            for (event, transition) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
                try await sql.raw(
                    """
                    CREATE TRIGGER \(unsafeRaw: table)_version_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON \(unsafeRaw: table)
                    REFERENCING \(unsafeRaw: transition) TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION \(unsafeRaw: function)()
                    """
                ).run()
            }
        }
        try await sql.raw(
            """
            CREATE OR REPLACE FUNCTION gongkai_version_site() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO \(unsafeRaw: PlatformTables.changeVersions) (scope, version) VALUES ('site', 1)
              ON CONFLICT (scope) DO UPDATE SET version = \(unsafeRaw: PlatformTables.changeVersions).version + 1;
              RETURN NULL;
            END $$
            """
        ).run()
        try await sql.raw(
            """
            CREATE TRIGGER agencies_version AFTER INSERT OR UPDATE OR DELETE ON \(unsafeRaw: AgencyModel.schema)
            FOR EACH STATEMENT EXECUTE FUNCTION gongkai_version_site()
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let isPostgres = sql.dialect.name == "postgresql"
        for (table, _) in Self.watched {
            for event in ["insert", "update", "delete"] {
                try await sql.raw(
                    "DROP TRIGGER IF EXISTS \(unsafeRaw: table)_version_\(unsafeRaw: event)\(unsafeRaw: isPostgres ? " ON \(table)" : "")"
                ).run()
            }
            if isPostgres { try await sql.raw("DROP FUNCTION IF EXISTS gongkai_version_\(unsafeRaw: table)()").run() }
        }
        if isPostgres {
            try await sql.raw("DROP TRIGGER IF EXISTS agencies_version ON \(unsafeRaw: AgencyModel.schema)").run()
            try await sql.raw("DROP FUNCTION IF EXISTS gongkai_version_site()").run()
        } else {
            for event in ["insert", "update", "delete"] {
                try await sql.raw("DROP TRIGGER IF EXISTS agencies_version_\(unsafeRaw: event)").run()
            }
        }
        try await sql.drop(table: PlatformTables.changeVersions).run()
    }
}
