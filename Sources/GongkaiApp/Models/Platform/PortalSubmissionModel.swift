import FluentKit
import Foundation

/// A request filed on the public portal.
///
/// Under 第三十一条 an online request is received on the day both sides confirm it, so it waits
/// here (`status == pending`, shown to the citizen as 待确认) until an officer confirms receipt;
/// confirming creates the `RequestModel` dated that day and links it here. The 申请编号 is given
/// at submission and kept by the request; the 查询码 is stored only as a salted hash.
///
/// The applicant's personal data is held here (as the core `Applicant`, JSON) only while the
/// submission is pending; on confirmation it moves to `request_applicants` and is cleared here.
public final class PortalSubmissionModel: Model, @unchecked Sendable {
    public static let schema = "portal_submissions"

    /// Column names.
    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let caseNumber: FieldKey = "case_number"
        public static let queryCodeHash: FieldKey = "query_code_hash"
        public static let queryCodeSalt: FieldKey = "query_code_salt"
        public static let submissionKey: FieldKey = "submission_key"
        public static let status: FieldKey = "status"
        public static let submittedAt: FieldKey = "submitted_at"
        public static let submittedOn: FieldKey = "submitted_on"
        public static let applicantType: FieldKey = "applicant_type"
        public static let applicantJSON: FieldKey = "applicant_json"
        public static let content: FieldKey = "content"
        public static let deliveryForm: FieldKey = "delivery_form"
        public static let requestID: FieldKey = "request_id"
        public static let confirmedOn: FieldKey = "confirmed_on"
    }

    /// Where a submission stands.
    public enum Status: String, Sendable, Codable {
        /// Waiting for an officer to confirm receipt (待确认).
        case pending
        /// Confirmed: a request exists (`requestID`).
        case confirmed
        /// Withdrawn by the citizen before confirmation.
        case withdrawn
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    /// 申请编号, unique within the agency; the request keeps it.
    @Field(key: Column.caseNumber) public var caseNumber: String
    /// SHA-256 of salt + 查询码, hex.
    @Field(key: Column.queryCodeHash) public var queryCodeHash: String
    @Field(key: Column.queryCodeSalt) public var queryCodeSalt: String
    /// The form's one-time key: a replayed form finds the submission it already made.
    @Field(key: Column.submissionKey) public var submissionKey: String
    /// `Status` raw value.
    @Field(key: Column.status) public var status: String
    @Field(key: Column.submittedAt) public var submittedAt: Date
    /// The day of submission in China, `YYYY-MM-DD`.
    @Field(key: Column.submittedOn) public var submittedOn: String
    /// The table-3 column (`ApplicantType` raw value): no personal data.
    @Field(key: Column.applicantType) public var applicantType: String
    /// The core `Applicant` as JSON while pending; `NULL` once confirmed or withdrawn.
    @OptionalField(key: Column.applicantJSON) public var applicantJSON: String?
    /// What is asked for.
    @Field(key: Column.content) public var content: String
    /// `DeliveryForm` raw value.
    @Field(key: Column.deliveryForm) public var deliveryForm: String
    /// The request created on confirmation.
    @OptionalParent(key: Column.requestID) public var request: RequestModel?
    /// The day receipt was confirmed (the date of receipt), `YYYY-MM-DD`.
    @OptionalField(key: Column.confirmedOn) public var confirmedOn: String?

    public init() {}

    /// Never prints personal data.
    public var description: String { "PortalSubmissionModel(\(caseNumber))" }
}
