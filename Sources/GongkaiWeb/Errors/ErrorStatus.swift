import GongkaiApp
import Vapor

/// The one place where error categories become HTTP statuses (the CLI's counterpart is
/// `ExitStatus`).
enum ErrorStatus {
    static func status(for category: ErrorCategory) -> HTTPResponseStatus {
        switch category {
        case .invalidInput: .unprocessableEntity
        case .unreadableInput: .unprocessableEntity
        case .tooLarge: .payloadTooLarge
        case .notFound: .notFound
        case .conflict: .conflict
        case .unauthenticated: .unauthorized
        case .forbidden: .forbidden
        case .rateLimited: .tooManyRequests
        case .storageUnavailable: .serviceUnavailable
        }
    }

    /// The status and Chinese message for any error: categorised errors by their category,
    /// Vapor's own (`Abort`, route not found) by their status, anything else a 500.
    static func describe(_ error: any Error) -> (status: HTTPResponseStatus, message: String, unexpected: Bool) {
        if let error = error as? any CategorizedError {
            return (status(for: error.category), error.userMessage, false)
        }
        if let abort = error as? any AbortError {
            return (abort.status, message(for: abort.status), abort.status.code >= 500)
        }
        let summary = ErrorSummary(error)
        return (.internalServerError, summary.message, true)
    }

    /// The Chinese text of a plain HTTP status.
    static func message(for status: HTTPResponseStatus) -> String {
        switch status.code {
        case 400: "请求格式不正确"
        case 401: "请先登录"
        case 403: "您没有权限访问该页面"
        case 404: "找不到该页面，可能已被删除或地址有误"
        case 405: "不支持该操作方式"
        case 413: "提交的内容过大"
        case 415: "不支持该内容类型"
        case 429: "操作过于频繁，请稍后再试"
        default: status.code >= 500 ? "系统暂时无法处理，请稍后重试" : "请求无法处理"
        }
    }
}
