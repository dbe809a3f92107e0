import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import GongkaiApp
import Testing

/// The databases the web tests run on: SQLite always; PostgreSQL when
/// `GONGKAI_TEST_POSTGRES_URL` (or `DATABASE_URL`) names a server (CI starts one).
enum TestBackend: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    static var postgresURL: String? {
        let environment = ProcessInfo.processInfo.environment
        return [environment["GONGKAI_TEST_POSTGRES_URL"], environment["DATABASE_URL"]].compactMap { $0 }
            .first { $0.hasPrefix("postgres") }
    }

    /// The backends available here.
    static var available: [TestBackend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
}

/// A database of one test server: a temporary SQLite file, or a PostgreSQL schema of its own;
/// `remove()` deletes it.
struct ScratchDatabase: Sendable {
    let location: DatabaseLocation
    let searchPath: [String]?
    let schema: String?

    /// A new, empty database.
    static func empty(_ backend: TestBackend, name: String = newName()) async throws -> ScratchDatabase {
        switch backend {
        case .sqlite:
            return ScratchDatabase(location: .sqlite(path: NSTemporaryDirectory() + name + ".sqlite"), searchPath: nil, schema: nil)
        case .postgres:
            let url = try #require(TestBackend.postgresURL)
            try await AppDatabase.with(.postgres(url: url)) { admin in
                try await admin.sql.raw("CREATE SCHEMA \(unsafeRaw: name)").run()
            }
            return ScratchDatabase(location: .postgres(url: url), searchPath: [name], schema: name)
        }
    }

    /// A copy of `template` (a database already migrated and filled).
    static func copy(of template: ScratchDatabase) async throws -> ScratchDatabase {
        let name = newName()
        switch template.location {
        case .sqlite(let path):
            let copy = NSTemporaryDirectory() + name + ".sqlite"
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            return ScratchDatabase(location: .sqlite(path: copy), searchPath: nil, schema: nil)
        case .postgres(let url):
            let tools = try PostgresTools(url: url)
            let source = try #require(template.schema)
            // pg_dump and psql take a second: wait for them off the cooperative threads.
            try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
                DispatchQueue.global().async { done.resume(with: Result { try tools.copySchema(source, to: name) }) }
            }
            return ScratchDatabase(location: .postgres(url: url), searchPath: [name], schema: name)
        }
    }

    func remove() async {
        switch location {
        case .sqlite(let path):
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        case .postgres(let url):
            guard let schema else { return }
            try? await AppDatabase.with(.postgres(url: url)) { admin in
                try await admin.sql.raw("DROP SCHEMA IF EXISTS \(unsafeRaw: schema) CASCADE").run()
            }
        }
    }

    /// The prefix of every database name of this process: "gk_web_<pid>_".
    static let processPrefix = "gk_web_\(getpid())_"

    /// A new name: the process prefix, then `kind` and a unique suffix.
    static func newName(_ kind: String = "") -> String {
        processPrefix + kind + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
    }

    /// Deletes the databases left by test processes that are gone (a run stopped half-way).
    static func removeLeftovers(_ backend: TestBackend) async {
        @Sendable func isGone(_ name: String) -> Bool {
            let parts = name.split(separator: "_")
            guard parts.count >= 4, parts[0] == "gk", parts[1] == "web", let pid = Int32(parts[2]) else { return false }
            return kill(pid, 0) != 0 && errno == ESRCH
        }
        switch backend {
        case .sqlite:
            let directory = NSTemporaryDirectory()
            for file in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where isGone(file) {
                try? FileManager.default.removeItem(atPath: directory + file)
            }
        case .postgres:
            guard let url = TestBackend.postgresURL else { return }
            try? await AppDatabase.with(.postgres(url: url)) { admin in
                let rows = try await admin.sql.raw("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'gk\\_web\\_%'").all()
                for row in rows {
                    let name = try row.decode(column: "nspname", as: String.self)
                    if isGone(name) { try await admin.sql.raw("DROP SCHEMA IF EXISTS \(unsafeRaw: name) CASCADE").run() }
                }
            }
        }
    }
}
