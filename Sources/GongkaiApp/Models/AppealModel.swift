import FluentKit
import Foundation

/// An administrative reconsideration (行政复议) or lawsuit (行政诉讼) about a request.
public final class AppealModel: Model, @unchecked Sendable {
    public static let schema = "appeals"

    /// Column names.
    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let caseNumber: FieldKey = "case_number"
        public static let kind: FieldKey = "kind"
        public static let route: FieldKey = "route"
        public static let requestCaseNumber: FieldKey = "request_case_number"
        public static let reconsiderationCaseNumber: FieldKey = "reconsideration_case_number"
        public static let filedOn: FieldKey = "filed_on"
        public static let decidedOn: FieldKey = "decided_on"
        public static let result: FieldKey = "result"
        public static let role: FieldKey = "role"
        public static let courtLevel: FieldKey = "court_level"
        public static let priorInstanceCaseNumber: FieldKey = "prior_instance_case_number"
        public static let createdAt: FieldKey = "created_at"
    }

    /// The two kinds of appeal.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case reconsideration, litigation
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    /// The case number (复议/诉讼案号), unique within the agency.
    @Field(key: Column.caseNumber) public var caseNumber: String
    /// `Kind` raw value.
    @Field(key: Column.kind) public var kind: String
    /// `LitigationCase.Route` raw value for a lawsuit; `NULL` for a reconsideration.
    @OptionalField(key: Column.route) public var route: String?
    /// The request challenged (its case number).
    @Field(key: Column.requestCaseNumber) public var requestCaseNumber: String
    /// For a suit after reconsideration, the reconsideration's case number when known.
    @OptionalField(key: Column.reconsiderationCaseNumber) public var reconsiderationCaseNumber: String?
    @Field(key: Column.filedOn) public var filedOn: String
    @OptionalField(key: Column.decidedOn) public var decidedOn: String?
    /// `AppealResult` raw value once decided.
    @OptionalField(key: Column.result) public var result: String?
    /// `AppealRole` raw value: the agency's part in the case.
    @Field(key: Column.role) public var role: String
    /// `CourtLevel` raw value for a lawsuit ("firstInstance" for a reconsideration).
    @Field(key: Column.courtLevel) public var courtLevel: String
    /// For a second instance or retrial, the case number of the record of the level below.
    @OptionalField(key: Column.priorInstanceCaseNumber) public var priorInstanceCaseNumber: String?
    @Timestamp(key: Column.createdAt, on: .create) public var createdAt: Date?

    public init() {}
}
