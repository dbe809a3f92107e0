import ArgumentParser
import Foundation
import GongkaiApp
import GongkaiCore

/// The one place where failures become exit codes and messages on standard error.
///
/// 2 when something could not be opened or read at all (a file, the database); 1 when the input
/// is wrong and can be fixed (an unknown agency, a bad cell, bad rows, a refused event, a roster
/// or scoring scheme with errors). The commands that check reports (`check`, `collect`) say the
/// same of their results: 2 when some input could not be read (every other file is still
/// checked); 1 when some report has an error-severity finding — for `collect`, some agency's
/// report of the year, or some agency has not reported; 0 otherwise.
enum ExitStatus {
    /// The exit code of each error category.
    static func code(for category: ErrorCategory) -> Int32 {
        switch category {
        case .unreadableInput, .tooLarge, .storageUnavailable: 2
        case .invalidInput, .notFound, .conflict, .unauthenticated, .forbidden, .rateLimited: 1
        }
    }

    /// The exit code of a `check` run over `results`.
    static func code(for results: [CheckResult]) -> Int32 {
        if results.contains(where: { $0.error != nil }) { return code(for: .unreadableInput) }
        return results.contains(where: \.hasErrors) ? 1 : 0
    }

    /// The exit code of a `collect` run over `results` that drew up `board`: reports of other
    /// years, and those not placed on the board, are listed but do not count.
    static func code(for results: [CheckResult], board: RegionBoard) -> Int32 {
        if results.contains(where: { $0.error != nil }) { return code(for: .unreadableInput) }
        let incomplete = board.count(.missing) > 0 || board.agencies.contains { $0.count(.error) > 0 }
        return incomplete ? 1 : 0
    }

    /// Ends the command with `code` (nothing to do for 0).
    static func end(_ code: Int32) throws {
        if code != 0 { throw ExitCode(code) }
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

    /// Prints `error`'s message and ends the process with the code of its category.
    static func fail(_ error: any CategorizedError) -> Never {
        fail(error.userMessage, code: code(for: error.category))
    }
}
