/// Why a publishing step cannot be taken; `message` says what to do, in Chinese.
public enum PublishingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The index-number scheme is unusable.
    case indexPattern(String)
    /// The step is not open in the item's current status.
    case notAllowed(step: String, status: CatalogueStatus)
    /// The 审核人 drafted the item themselves (先审查后公开 needs a second person).
    case reviewerIsDrafter
    /// The review's decision does not fit its checklist or lacks grounds or a note.
    case review(String)
    /// A date is out of order (published before formed, repealed before formed…).
    case dates(String)

    public var message: String {
        switch self {
        case .indexPattern(let text): text
        case .notAllowed(let step, let status): "当前状态为“\(status.label)”，不能\(step)"
        case .reviewerIsDrafter: "保密审查须由拟稿人以外的审核人进行（先审查后公开）"
        case .review(let text): text
        case .dates(let text): text
        }
    }

    public var description: String { message }
}
