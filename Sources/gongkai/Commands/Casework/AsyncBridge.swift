import ArgumentParser
import Foundation
import GongkaiApp
import GongkaiCore
import Logging

/// Runs the async database work of a command from the synchronous command tree, and turns the
/// errors it throws into messages and exit codes in one place: 2 when the database or an input
/// file cannot be opened or read, 1 for validation problems (unknown agency, bad cell, bad rows).
enum CaseworkRun {
    /// Runs `body` to completion on the concurrency pool while this thread waits.
    static func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let semaphore = DispatchSemaphore(value: 0)
        let box = ResultBox<T>()
        Task.detached {
            do {
                box.result = .success(try await body())
            } catch {
                box.result = .failure(error)
            }
            semaphore.signal()
        }
        semaphore.wait()
        do {
            return try box.result!.get()
        } catch let exit as ExitCode {
            throw exit
        } catch let error as AppDatabaseError {
            fail(error.description, code: 2)
        } catch let error as LedgerReadError {
            fail(error.description, code: 2)
        } catch let error as StoredDataError {
            fail(error.description, code: 2)
        } catch let error as CaseServiceError {
            fail(error.description, code: 1)
        } catch let error as CellLocationError {
            fail(error.description, code: 1)
        } catch let error as ImportService.FileProblem {
            fail(error.description, code: 1)
        } catch let error as LedgerMappingError {
            fail(error.description, code: 1)
        } catch {
            fail("数据库操作失败：\(String(describing: error))", code: 2)
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        Terminal.standardError.write("gongkai: \(message)\n")
        Foundation.exit(code)
    }

    /// The app's logger: standard error, level from GONGKAI_LOG_LEVEL (default warning).
    /// It never receives SQL or applicants' personal data (see `AppDatabase`).
    static let logger: Logger = {
        var logger = Logger(label: "gongkai", factory: { label in StreamLogHandler.standardError(label: label) })
        let level = ProcessInfo.processInfo.environment["GONGKAI_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
        logger.logLevel = level ?? .warning
        return logger
    }()
}

final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

/// `--database`, shared by every command that uses the casework database.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "数据库：SQLite 文件路径，或 postgres:// 地址（默认取环境变量 DATABASE_URL，否则为当前目录下的 gongkai.sqlite）",
            valueName: "数据库"))
    var database: String?

    var location: DatabaseLocation { DatabaseLocation.resolve(explicit: database) }

    /// Opens the database, checks that it is migrated (unless told not to), runs `body`, closes it.
    ///
    /// A command that needs a migrated database never creates one: a SQLite file that does not
    /// exist is an error (exit 2) before anything is opened, since opening would create it empty.
    func with<T: Sendable>(migrated: Bool = true, _ body: @escaping @Sendable (AppDatabase) async throws -> T) throws
        -> T
    {
        let location = self.location
        if migrated, case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) {
            CaseworkRun.fail(
                "数据库文件 \(path) 不存在；请先运行 gongkai db migrate（或 gongkai demo）创建，或用 --database 指定已有的数据库",
                code: 2)
        }
        return try CaseworkRun.blocking {
            try await AppDatabase.with(location, logger: CaseworkRun.logger) { database in
                if migrated { try await database.requireMigrated() }
                return try await body(database)
            }
        }
    }
}

/// A `YYYY-MM-DD` option value, or a validation error naming the option.
func civilDate(_ text: String, option: String) throws -> CivilDate {
    guard let date = CivilDate(iso: text) else { throw ValidationError("\(option) 应为 YYYY-MM-DD 格式的日期，例如 2026-01-10") }
    return date
}
