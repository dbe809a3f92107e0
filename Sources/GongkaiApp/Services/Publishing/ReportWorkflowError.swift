import GongkaiCore

/// Why a step of the annual report's workflow cannot be taken (Chinese messages say what to do).
public enum ReportWorkflowError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The agency or report does not exist (or is another agency's).
    case notFound
    /// The step is not open in the current status.
    case notAllowed(step: String, status: ReportWorkflowStatus)
    /// The 审核人 submitted the report themselves.
    case reviewerIsSubmitter
    /// The report changed (records or text) after it was submitted.
    case contentChanged
    /// The auditor found errors; the messages are listed.
    case blockingFindings([String])
    /// The form was made from an older state.
    case stale
    /// The year reported on is not over yet.
    case yearNotOver(Int)
    /// Nothing changed since the published version.
    case unchangedSincePublished(version: Int)

    public var description: String {
        switch self {
        case .notFound: "找不到该年度报告"
        case .notAllowed(let step, let status): "年度报告当前状态为“\(status.label)”，不能\(step)"
        case .reviewerIsSubmitter: "年度报告须由提交人以外的审核人审核"
        case .contentChanged: "提交审核后，报告内容（表格数据或文字）已有变动；请退回起草，由经办人确认后重新提交"
        case .blockingFindings(let messages): "报告存在错误，不能签发或发布：" + messages.joined(separator: "；")
        case .stale: "年度报告刚被他人处理，请刷新页面后重新操作"
        case .unchangedSincePublished(let version): "报告内容与已发布的第\(version)版相同，无需更正"
        case .yearNotOver(let year): "\(year)年度尚未结束，年度报告在次年提交（统计期限至12月31日）"
        }
    }
}

extension ReportWorkflowError: CategorizedError {
    public var category: ErrorCategory {
        switch self {
        case .notFound: .notFound
        case .reviewerIsSubmitter: .forbidden
        case .stale, .contentChanged: .conflict
        case .notAllowed, .blockingFindings, .unchangedSincePublished, .yearNotOver: .invalidInput
        }
    }

    public var userMessage: String { description }
}
