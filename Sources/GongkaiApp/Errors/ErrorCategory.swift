/// What kind of failure an error is, independent of how it is shown: the command line maps each
/// category to an exit code in one place (`gongkai`'s `ExitStatus`), the web server to an HTTP
/// status in one place (`GongkaiWeb`'s `ErrorStatus`).
public enum ErrorCategory: String, Sendable, Hashable, CaseIterable {
    /// The input is wrong and the user can fix it (a field, a value, a refused transition).
    case invalidInput
    /// A file or upload could not be read at all (unreadable, wrong type, damaged).
    case unreadableInput
    /// An upload or file exceeds a size limit.
    case tooLarge
    /// The thing asked for does not exist (or is not the caller's to see).
    case notFound
    /// The change collides with another one (someone acted first, a duplicate).
    case conflict
    /// Not signed in.
    case unauthenticated
    /// Signed in, but the role or agency does not allow it.
    case forbidden
    /// Too many attempts in a short time; try later.
    case rateLimited
    /// The database cannot be opened, is not migrated, or holds data this program cannot use.
    case storageUnavailable
}

/// An error that knows its category and has a message for the person who can fix it (Chinese).
public protocol CategorizedError: Error, Sendable {
    /// The category, which decides exit code and HTTP status.
    var category: ErrorCategory { get }
    /// The message for users, in Chinese.
    var userMessage: String { get }
}

/// The category and message of any error: its own when it is a `CategorizedError`, otherwise
/// `storageUnavailable` with a generic message (the details go to the log, not to the user).
public struct ErrorSummary: Sendable {
    public let category: ErrorCategory
    public let message: String
    /// Whether the error was not a `CategorizedError` (an unexpected failure worth logging in full).
    public let isUnexpected: Bool

    public init(_ error: any Error) {
        if let error = error as? any CategorizedError {
            category = error.category
            message = error.userMessage
            isUnexpected = false
        } else {
            category = .storageUnavailable
            message = "系统内部错误，请稍后重试；如果一再出现，请联系管理员"
            isUnexpected = true
        }
    }
}
