import ArgumentParser
import Foundation
import GongkaiApp
import GongkaiCore
import Logging

/// `--database`, shared by every command that uses the casework database.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "数据库：SQLite 文件路径，或 postgres:// 地址（默认取环境变量 DATABASE_URL，否则为当前目录下的 gongkai.sqlite）",
            valueName: "数据库"))
    var database: String?

    var location: DatabaseLocation { DatabaseLocation.resolve(explicit: database) }

    /// Opens the database, checks that it is migrated (unless told not to), runs `body` with the
    /// services' context, closes it; failures become messages and exit codes (`ExitStatus`).
    ///
    /// A SQLite file that does not exist is not created when the database must be migrated
    /// already: the command says so instead of leaving an empty file behind.
    func with<T: Sendable>(
        migrated: Bool = true, _ body: @escaping @Sendable (ServiceContext, AppDatabase) async throws -> T
    ) async throws -> T {
        let location = self.location
        return try await ExitStatus.reporting {
            if migrated, case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) {
                throw AppDatabaseError.notMigrated(location.description)
            }
            return try await AppDatabase.with(location, logger: CommandLogging.logger) { database in
                if migrated { try await database.requireMigrated() }
                return try await body(database.context(), database)
            }
        }
    }
}

/// The command line's logger: standard error, level from GONGKAI_LOG_LEVEL (default warning),
/// behind `PersonalDataLogGuard`.
enum CommandLogging {
    static let logger: Logger = {
        GongkaiLogging.bootstrap(fallback: .warning)
        return Logger(label: "gongkai")
    }()
}

/// A `YYYY-MM-DD` option value, or a validation error naming the option.
func civilDate(_ text: String, option: String) throws -> CivilDate {
    guard let date = CivilDate(iso: text) else { throw ValidationError("\(option) 应为 YYYY-MM-DD 格式的日期，例如 2026-01-10") }
    return date
}
