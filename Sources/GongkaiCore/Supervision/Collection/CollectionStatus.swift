/// Where an agency's report of the year stands.
public enum CollectionStatus: String, Sendable, Hashable, CaseIterable {
    /// Published on the platform by the statutory date (or no date is known to say otherwise).
    case published
    /// Its file was collected by the office; published by the statutory date (or not known to be late).
    case uploaded
    /// Present, but published after the statutory date (LATE_PUBLICATION).
    case late
    /// No report of the year has been received.
    case missing

    /// "已发布" / "已上传" / "逾期" / "未提交".
    public var displayName: String {
        switch self {
        case .published: "已发布"
        case .uploaded: "已上传"
        case .late: "逾期"
        case .missing: "未提交"
        }
    }
}
