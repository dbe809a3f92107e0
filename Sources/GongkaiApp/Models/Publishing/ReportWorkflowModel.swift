import FluentKit
import Foundation

/// Where an agency's annual report of a year stands in 起草 → 审核 → 签发 → 发布: one row per
/// agency and year, created when the report is first submitted. The content hash of the model
/// the 经办人 submitted is kept, so that what the 审核人 passed and the 负责人 signed is exactly
/// what is published (a change in between sends the report back to 起草).
public final class ReportWorkflowModel: Model, @unchecked Sendable {
    public static let schema = "report_workflows"

    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let year: FieldKey = "year"
        public static let status: FieldKey = "status"
        public static let contentHash: FieldKey = "content_hash"
        public static let submittedBy: FieldKey = "submitted_by"
        public static let submittedByName: FieldKey = "submitted_by_name"
        public static let reviewedByName: FieldKey = "reviewed_by_name"
        public static let signedByName: FieldKey = "signed_by_name"
        public static let returnReason: FieldKey = "return_reason"
        public static let revision: FieldKey = "revision"
        public static let updatedAt: FieldKey = "updated_at"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    @Field(key: Column.year) public var year: Int
    /// `ReportWorkflowStatus` raw value.
    @Field(key: Column.status) public var status: String
    /// SHA-256 (hex) of the canonical JSON submitted for review.
    @OptionalField(key: Column.contentHash) public var contentHash: String?
    @OptionalField(key: Column.submittedBy) public var submittedBy: UUID?
    @OptionalField(key: Column.submittedByName) public var submittedByName: String?
    @OptionalField(key: Column.reviewedByName) public var reviewedByName: String?
    @OptionalField(key: Column.signedByName) public var signedByName: String?
    /// Why the 审核人 returned it (shown to the 经办人 until the next submission).
    @OptionalField(key: Column.returnReason) public var returnReason: String?
    /// Bumped on every step: a form made from an older state is refused.
    @Field(key: Column.revision) public var revision: Int
    @Timestamp(key: Column.updatedAt, on: .update) public var updatedAt: Date?

    public init() {}

    /// The status as a value (an unknown stored text reads as 起草中).
    public var statusValue: ReportWorkflowStatus { ReportWorkflowStatus(rawValue: status) ?? .drafting }
}

/// The steps of the report's workflow.
public enum ReportWorkflowStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// 起草中: the 经办人 writes (also after a return or after publishing, for a correction).
    case drafting
    /// 待审核: submitted; a 审核人 other than the submitter passes or returns it.
    case submitted
    /// 待签发: passed; the 负责人 signs.
    case reviewed
    /// 已签发: signed; the 负责人 or 管理员 publishes.
    case signed
    /// 已发布: published; editing and submitting again starts a correction.
    case published

    /// "起草中", "待审核", "待签发", "已签发", "已发布".
    public var label: String {
        switch self {
        case .drafting: "起草中"
        case .submitted: "待审核"
        case .reviewed: "待签发"
        case .signed: "已签发，待发布"
        case .published: "已发布"
        }
    }
}
