import Foundation
import GongkaiApp
import Testing

/// The server as a process: a receipt shown to a citizen survives `kill -9` at any moment;
/// SIGTERM shuts down gracefully; two processes on one PostgreSQL database are one site.
@Suite("gongkai serve as a process", .serialized)
struct ServerProcessTests {
    /// The databases to run on: a temporary SQLite file always; a fresh PostgreSQL database when
    /// GONGKAI_TEST_POSTGRES_URL is set.
    static var backends: [String] {
        ProcessInfo.processInfo.environment["GONGKAI_TEST_POSTGRES_URL"] == nil ? ["sqlite"] : ["sqlite", "postgres"]
    }

    /// A fresh database location for `backend`, and how to drop it.
    static func freshDatabase(_ backend: String) async throws -> (location: String, drop: @Sendable () async -> Void) {
        if backend == "sqlite" {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-serve-\(UUID().uuidString).sqlite").path
            return (path, { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } })
        }
        let admin = ProcessInfo.processInfo.environment["GONGKAI_TEST_POSTGRES_URL"]!
        let name = "gk_serve_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        try await AppDatabase.with(.postgres(url: admin)) { database in
            try await database.sql.raw("CREATE DATABASE \(unsafeRaw: String(name))").run()
        }
        var components = URLComponents(string: admin)!
        components.path = "/" + name
        let location = components.string!
        return (location, {
            try? await AppDatabase.with(.postgres(url: admin)) { database in
                try await database.sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: String(name)) WITH (FORCE)").run()
            }
        })
    }

    /// The case numbers stored in the portal's submissions.
    static func storedCaseNumbers(_ location: String) async throws -> Set<String> {
        try await AppDatabase.with(DatabaseLocation.parse(location)) { database in
            Set(try await PortalSubmissionModel.query(on: database.db).all().map(\.caseNumber))
        }
    }

    @Test("every acknowledged request survives kill -9 of the server while requests are being filed", arguments: backends)
    func killNine(backend: String) async throws {
        let (location, drop) = try await Self.freshDatabase(backend)
        defer { Task { await drop() } }
        var acknowledged: Set<PortalFiler.Receipt> = []
        for round in 0..<2 {
            let server = try await ServerProcess(database: location)
            let filer = PortalFiler(server: server)
            let path = try await filer.applyPath(agency: "江东市教育局")
            let collected = await withTaskGroup(of: [PortalFiler.Receipt].self) { group in
                for worker in 0..<6 {
                    group.addTask {
                        var receipts: [PortalFiler.Receipt] = []
                        for number in 0..<1_000 {
                            guard let receipt = try? await filer.file(path, number: round * 10_000 + worker * 1_000 + number) else {
                                break
                            }
                            receipts.append(receipt)
                        }
                        return receipts
                    }
                }
                // Let the workers file for a while, then kill the server mid-flight.
                try? await Task.sleep(nanoseconds: UInt64(1_500 + round * 700) * 1_000_000)
                server.kill9()
                var all: [PortalFiler.Receipt] = []
                for await receipts in group { all += receipts }
                return all
            }
            #expect(!collected.isEmpty, "round \(round): nothing was filed before the kill")
            print("kill -9 (\(backend)), round \(round + 1): \(collected.count) receipts shown before the kill")
            acknowledged.formUnion(collected)
        }
        // Restart on the same database: every receipt ever shown is there, and the site works.
        let server = try await ServerProcess(database: location)
        let stored = try await Self.storedCaseNumbers(location)
        let missing = acknowledged.map(\.caseNumber).filter { !stored.contains($0) }
        #expect(missing.isEmpty, "acknowledged but lost after kill -9: \(missing)")
        #expect(Set(acknowledged.map(\.caseNumber)).count == acknowledged.count, "a case number was given twice")
        let (status, _, _) = try await HTTP.get(server.url("/"), cookies: [:])
        #expect(status == 200)
        #expect(server.terminate() == 0, "SIGTERM should end the server cleanly")
    }
}
