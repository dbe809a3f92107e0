import ArgumentParser
import Foundation
import GongkaiApp

/// The one place where failures become exit codes and messages on standard error.
///
/// 2 when something could not be opened or read at all (a file, the database); 1 when the input
/// is wrong and can be fixed (an unknown agency, a bad cell, bad rows, a refused event).
enum ExitStatus {
    /// The exit code of each error category.
    static func code(for category: ErrorCategory) -> Int32 {
        switch category {
        case .unreadableInput, .tooLarge, .storageUnavailable: 2
        case .invalidInput, .notFound, .conflict, .unauthenticated, .forbidden, .rateLimited: 1
        }
    }

    /// Runs `body`; an error it throws is printed as `gongkai: message` and becomes its exit code.
    static func reporting<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            let summary = ErrorSummary(error)
            let message = summary.isUnexpected ? "操作失败：\(String(describing: error))" : summary.message
            fail(message, code: code(for: summary.category))
        }
    }

    /// Prints `message` and ends the process with `code`.
    static func fail(_ message: String, code: Int32) -> Never {
        Terminal.standardError.write("gongkai: \(message)\n")
        Foundation.exit(code)
    }
}
