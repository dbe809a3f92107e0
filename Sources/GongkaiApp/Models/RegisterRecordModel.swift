import FluentKit
import Foundation

/// One record of the registers behind table 2: a 规章/规范性文件, a monthly decision tally, a
/// year-end item count, a month's fee collection or a procurement project.
///
/// `payload` is the core record's JSON (each core register type decodes through its validating
/// initializer); `kind`, `record_key` and `year` are columns for lookups.
public final class RegisterRecordModel: Model, @unchecked Sendable {
    public static let schema = "register_records"

    /// Column names.
    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let kind: FieldKey = "kind"
        public static let recordKey: FieldKey = "record_key"
        public static let year: FieldKey = "year"
        public static let payload: FieldKey = "payload"
        public static let createdAt: FieldKey = "created_at"
    }

    /// The five registers.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case document, decisionTally, itemCount, feeCollection, procurement
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    /// `Kind` raw value.
    @Field(key: Column.kind) public var kind: String
    /// The record's `RecordID`, unique within the agency and kind.
    @Field(key: Column.recordKey) public var recordKey: String
    /// The year the record belongs to (issue, tally, count, collection or contract year).
    @Field(key: Column.year) public var year: Int
    /// The record as JSON.
    @Field(key: Column.payload) public var payload: String
    @Timestamp(key: Column.createdAt, on: .create) public var createdAt: Date?

    public init() {}
}
