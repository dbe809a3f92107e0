import Foundation

/// PostgreSQL's own client programs (Debian's postgresql-client, which CI installs), for what the
/// drivers cannot do: copying a whole schema — tables, data, indexes, constraints and triggers
/// exactly as the migrations made them — under another name.
struct PostgresTools: Sendable {
    let host: String
    let port: Int
    let user: String
    let password: String
    let database: String

    init(url: String) throws {
        guard let components = URLComponents(string: url), let host = components.host, let user = components.user else {
            throw FixtureError("cannot read the PostgreSQL URL")
        }
        self.host = host
        port = components.port ?? 5432
        self.user = user
        password = components.password ?? ""
        database = String(components.path.dropFirst())
    }

    /// Copies `source` to a new schema `target` (pg_dump piped into psql).
    func copySchema(_ source: String, to target: String) throws {
        let dump = try run("pg_dump", ["--schema=\(source)", "--no-owner", "--no-privileges", "--format=plain"])
        // Schema names are unique random strings, so a textual rename touches nothing else.
        let renamed = String(decoding: dump, as: UTF8.self).replacingOccurrences(of: source, with: target)
        _ = try run("psql", ["--quiet", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "--file=-"], input: Data(renamed.utf8))
    }

    /// Runs `program` against the database; returns its standard output. The streams go
    /// through temporary files (a pipe holds only 64 KB, and a dump is larger).
    func run(_ program: String, _ arguments: [String], input: Data? = nil) throws -> Data {
        let manager = FileManager.default
        let base = manager.temporaryDirectory.appendingPathComponent("gongkai-\(program)-\(UUID().uuidString)")
        let (inFile, outFile, errFile) = (base.appendingPathExtension("in"), base.appendingPathExtension("out"), base.appendingPathExtension("err"))
        defer { for file in [inFile, outFile, errFile] { try? manager.removeItem(at: file) } }
        try (input ?? Data()).write(to: inFile)
        manager.createFile(atPath: outFile.path, contents: nil)
        manager.createFile(atPath: errFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program, "--host=\(host)", "--port=\(port)", "--username=\(user)", "--dbname=\(database)"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = password
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: inFile)
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errFile)
        do {
            try process.run()
        } catch {
            throw FixtureError("\(program) cannot be started (Debian package postgresql-client): \(error)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let errors = (try? Data(contentsOf: errFile)) ?? Data()
            throw FixtureError("\(program) failed (\(process.terminationStatus)): \(String(decoding: errors.prefix(2_000), as: UTF8.self))")
        }
        return try Data(contentsOf: outFile)
    }
}
