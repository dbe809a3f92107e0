import FluentKit
import Foundation

/// A reply (答复) drafted by an officer and waiting for, or given, the 审核人's approval.
///
/// Only an approved draft can be issued; issuing records the `replied` event on the request and
/// stores the 答复书 (`LetterModel`). A rejected draft stays as history with the reviewer's note.
public final class ReplyDraftModel: Model, @unchecked Sendable {
    public static let schema = "reply_drafts"

    /// Column names.
    public enum Column {
        public static let requestID: FieldKey = "request_id"
        public static let reply: FieldKey = "reply"
        public static let reasons: FieldKey = "reasons"
        public static let details: FieldKey = "details"
        public static let status: FieldKey = "status"
        public static let draftedBy: FieldKey = "drafted_by"
        public static let draftedAt: FieldKey = "drafted_at"
        public static let reviewedBy: FieldKey = "reviewed_by"
        public static let reviewedAt: FieldKey = "reviewed_at"
        public static let reviewNote: FieldKey = "review_note"
        public static let letterID: FieldKey = "letter_id"
    }

    /// Where a draft stands.
    public enum Status: String, Sendable, Codable {
        case pending, approved, rejected, issued

        /// "待审核"…
        public var label: String {
            switch self {
            case .pending: "待审核"
            case .approved: "已批准，待签发"
            case .rejected: "已退回"
            case .issued: "已签发"
            }
        }
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.requestID) public var request: RequestModel
    /// The core `StatutoryReply` as JSON.
    @Field(key: Column.reply) public var reply: String
    /// The officer's specific reasons and information for the letter (required for refusals).
    @Field(key: Column.reasons) public var reasons: String
    /// The other facts of the letter (`ReplyDetailsInput` as JSON): where it was published, what is
    /// provided and how, the earlier reply, the procedure to follow…
    @Field(key: Column.details) public var details: String
    /// `Status` raw value.
    @Field(key: Column.status) public var status: String
    @Field(key: Column.draftedBy) public var draftedBy: String
    @Field(key: Column.draftedAt) public var draftedAt: Date
    @OptionalField(key: Column.reviewedBy) public var reviewedBy: String?
    @OptionalField(key: Column.reviewedAt) public var reviewedAt: Date?
    @OptionalField(key: Column.reviewNote) public var reviewNote: String?
    /// The letter issued from this draft.
    @OptionalField(key: Column.letterID) public var letterID: UUID?

    public init() {}
}
