import FluentSQLiteDriver
import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@Suite("Database: location, migrations, append-only tables")
struct DatabaseTests {
    @Test("--database wins over DATABASE_URL, which wins over gongkai.sqlite")
    func locationResolution() {
        #expect(DatabaseLocation.resolve(explicit: nil, environment: [:]) == .sqlite(path: "gongkai.sqlite"))
        #expect(
            DatabaseLocation.resolve(explicit: nil, environment: ["DATABASE_URL": "postgres://u:p@h/db"])
                == .postgres(url: "postgres://u:p@h/db"))
        #expect(
            DatabaseLocation.resolve(explicit: "x.sqlite", environment: ["DATABASE_URL": "postgres://u@h/db"])
                == .sqlite(path: "x.sqlite"))
        #expect(DatabaseLocation.parse("postgresql://u@h/db").isPostgres)
        #expect(DatabaseLocation.postgres(url: "postgres://u:secret@h:5432/db").description.contains("secret") == false)
    }

    @Test("migrate applies every migration once, then nothing", arguments: TestBackend.available)
    func migrateOnce(backend: TestBackend) async throws {
        try await TestDatabase.with(backend, migrate: false) { database in
            await #expect(throws: AppDatabaseError.self) { try await database.requireMigrated() }
            let first = try await database.migrate()
            #expect(first == AppMigrations.all.map(\.name))
            #expect(try await database.migrate().isEmpty)
            try await database.requireMigrated()
        }
    }

    @Test("the audit log and request events refuse UPDATE and DELETE", arguments: TestBackend.available)
    func appendOnly(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { database in
            let service = CaseService(database.context())
            let agency = try await service.ensureAgency(named: "某局", actor: "tester")
            try await service.create(
                [try AppFixtures.request("r1", receivedOn: "2025-03-03", events: [RequestEvent(.replied(.granted), on: "2025-03-10")])],
                agencyID: agency.requireID(), actor: "tester")
            await #expect(throws: (any Error).self) {
                try await database.sql.raw("UPDATE audit_log SET actor = 'x'").run()
            }
            await #expect(throws: (any Error).self) { try await database.sql.raw("DELETE FROM audit_log").run() }
            await #expect(throws: (any Error).self) { try await database.sql.raw("DELETE FROM request_events").run() }
            #expect(try await TestDatabase.count("audit_log", in: database) == 2)
        }
    }

    @Test("a missing directory is reported as a database that cannot be opened")
    func cannotOpen() async {
        await #expect(throws: AppDatabaseError.self) {
            _ = try await AppDatabase.with(.sqlite(path: "/nonexistent-dir-gongkai/x.sqlite")) { _ in 1 }
        }
    }
}
