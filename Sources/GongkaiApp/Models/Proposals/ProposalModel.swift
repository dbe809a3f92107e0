import FluentKit
import Foundation

/// One 人大代表建议 or 政协委员提案 handed to an agency (建议提案办理), with its reply.
public final class ProposalModel: Model, @unchecked Sendable {
    public static let schema = "proposals"

    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let kind: FieldKey = "kind"
        public static let year: FieldKey = "year"
        public static let number: FieldKey = "number"
        public static let title: FieldKey = "title"
        public static let proposers: FieldKey = "proposers"
        public static let role: FieldKey = "role"
        public static let assignedOn: FieldKey = "assigned_on"
        public static let dueOn: FieldKey = "due_on"
        public static let repliedOn: FieldKey = "replied_on"
        public static let evaluation: FieldKey = "evaluation"
        public static let replyPublic: FieldKey = "reply_public"
        public static let replyText: FieldKey = "reply_text"
        public static let revision: FieldKey = "revision"
        public static let createdBy: FieldKey = "created_by"
        public static let updatedAt: FieldKey = "updated_at"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    /// `ProposalKind` raw value.
    @Field(key: Column.kind) public var kind: String
    /// The year it was handed over (the report year it counts in).
    @Field(key: Column.year) public var year: Int
    /// Its number as the congress or conference gave it ("第45号", "十七届三次会议第102号").
    @Field(key: Column.number) public var number: String
    @Field(key: Column.title) public var title: String
    /// 代表/委员 names, as entered ("张三、李四").
    @Field(key: Column.proposers) public var proposers: String
    /// `ProposalRole` raw value (主办/会办).
    @Field(key: Column.role) public var role: String
    /// 交办 date, `YYYY-MM-DD`.
    @Field(key: Column.assignedOn) public var assignedOn: String
    /// The last day to answer under the agency's rule at entry, `YYYY-MM-DD`.
    @Field(key: Column.dueOn) public var dueOn: String
    @OptionalField(key: Column.repliedOn) public var repliedOn: String?
    /// `ProposalEvaluation` raw value, once the deputy or member evaluated the reply.
    @OptionalField(key: Column.evaluation) public var evaluation: String?
    /// 复文公开: the reply is shown on the portal.
    @Field(key: Column.replyPublic) public var replyPublic: Bool
    @OptionalField(key: Column.replyText) public var replyText: String?
    /// Bumped on every change, so that two officers cannot overwrite each other.
    @Field(key: Column.revision) public var revision: Int
    @Field(key: Column.createdBy) public var createdBy: String
    @Timestamp(key: Column.updatedAt, on: .update) public var updatedAt: Date?

    public init() {}
}
