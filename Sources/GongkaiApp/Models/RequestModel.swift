import FluentKit
import Foundation

/// One disclosure request (依申请公开): what was asked, when, and — kept up to date from the core
/// state machine whenever an event is appended — how it stands and how table 3 counts it.
///
/// The applicant's personal data is not here but in `ApplicantModel`, so that listing,
/// counting and logging requests never touches it. Dates are `YYYY-MM-DD` text (the core's
/// `CivilDate` machine form), which sorts and compares correctly in SQLite and PostgreSQL.
public final class RequestModel: Model, @unchecked Sendable {
    public static let schema = "requests"

    /// Column names, spelled once for the model, the migrations and the SQL of the report.
    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let caseNumber: FieldKey = "case_number"
        public static let receivedOn: FieldKey = "received_on"
        public static let channel: FieldKey = "channel"
        public static let content: FieldKey = "content"
        public static let applicantColumn: FieldKey = "applicant_column"
        public static let phase: FieldKey = "phase"
        public static let resultRow: FieldKey = "result_row"
        public static let closedOn: FieldKey = "closed_on"
        public static let closureWay: FieldKey = "closure_way"
        public static let eventCount: FieldKey = "event_count"
        public static let pieceCount: FieldKey = "piece_count"
        public static let createdAt: FieldKey = "created_at"
        public static let updatedAt: FieldKey = "updated_at"
        public static let deliveryForm: FieldKey = "delivery_form"
        public static let dueOn: FieldKey = "due_on"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    /// The case number (e.g. "江教依申请〔2025〕12号"), unique within the agency: the `RecordID`.
    @Field(key: Column.caseNumber) public var caseNumber: String
    /// The date of receipt under 第三十一条, `YYYY-MM-DD`.
    @Field(key: Column.receivedOn) public var receivedOn: String
    /// `RequestChannel` raw value.
    @Field(key: Column.channel) public var channel: String
    /// What is asked for.
    @Field(key: Column.content) public var content: String
    /// The table-3 applicant column, 0…5 (`ApplicantType.columnIndex`).
    @Field(key: Column.applicantColumn) public var applicantColumn: Int
    /// `RequestPhase` raw value, derived from the events.
    @Field(key: Column.phase) public var phase: String
    /// `ReplyResult` raw value (a 2021 table-3 row key) once closed; `NULL` while open.
    @OptionalField(key: Column.resultRow) public var resultRow: String?
    /// The closing date (reply, lapse or withdrawal), `YYYY-MM-DD`; `NULL` while open.
    @OptionalField(key: Column.closedOn) public var closedOn: String?
    /// `RequestClosure.Way` raw value once closed.
    @OptionalField(key: Column.closureWay) public var closureWay: String?
    /// The number of events: the version used to detect concurrent appends.
    @Field(key: Column.eventCount) public var eventCount: Int
    /// 件 for the 按件 fee (`DisclosureRequest.pieceCount`; 1 unless split by 一事一申请).
    @Field(key: Column.pieceCount) public var pieceCount: Int
    @Timestamp(key: Column.createdAt, on: .create) public var createdAt: Date?
    @Timestamp(key: Column.updatedAt, on: .update) public var updatedAt: Date?
    /// `DeliveryForm` raw value when the applicant chose one (portal requests always do).
    @OptionalField(key: Column.deliveryForm) public var deliveryForm: String?
    /// `Derived.dueOn`, `YYYY-MM-DD`.
    @OptionalField(key: Column.dueOn) public var dueOn: String?

    public init() {}
}
