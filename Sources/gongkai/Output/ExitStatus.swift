import ArgumentParser
import GongkaiCore

/// The exit codes of the commands that check reports (`check`, `collect`), decided here once so
/// that scripts can rely on them:
///
/// - 0: every report was read and none has an error-severity finding (for `collect`: every agency
///   on the board has reported, and no report counted for it has one);
/// - 1: some report has an error-severity finding (for `collect`: some agency's report of the year
///   has one, or some agency has not reported);
/// - 2: some input could not be read (every other file is still checked), or the roster or the
///   scoring scheme given cannot be used.
enum ExitStatus: Int32 {
    case clean = 0
    case findings = 1
    case unreadable = 2

    /// The status of a `check` run.
    static func of(_ results: [CheckResult]) -> ExitStatus {
        if results.contains(where: { $0.error != nil }) { return .unreadable }
        if results.contains(where: \.hasErrors) { return .findings }
        return .clean
    }

    /// The status of a `collect` run over `results` that drew up `board`: the reports of other
    /// years, and those not placed on the board, are listed but do not count.
    static func of(_ results: [CheckResult], board: RegionBoard) -> ExitStatus {
        if results.contains(where: { $0.error != nil }) { return .unreadable }
        if board.count(.missing) > 0 || board.agencies.contains(where: { $0.count(.error) > 0 }) { return .findings }
        return .clean
    }

    /// Ends the command with this status (a no-op for `.clean`).
    func exit() throws {
        if self != .clean { throw ExitCode(rawValue) }
    }
}
