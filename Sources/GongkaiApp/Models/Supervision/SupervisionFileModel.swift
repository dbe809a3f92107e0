import FluentKit
import Foundation

/// A file the supervising office uploaded (itself, or one member of an uploaded .zip), kept
/// as received, with what the check found once its job has run.
public final class SupervisionFileModel: Model, @unchecked Sendable {
    public static let schema = "supervision_files"

    /// Column names.
    public enum Column {
        public static let uploadID: FieldKey = "upload_id"
        public static let regionID: FieldKey = "region_id"
        public static let name: FieldKey = "name"
        public static let sha256: FieldKey = "sha256"
        public static let byteCount: FieldKey = "byte_count"
        public static let checked: FieldKey = "checked"
        public static let result: FieldKey = "result"
        public static let agencyRead: FieldKey = "agency_read"
        public static let yearRead: FieldKey = "year_read"
        public static let errors: FieldKey = "errors"
        public static let warnings: FieldKey = "warnings"
        public static let unreadable: FieldKey = "unreadable"
        public static let confirmedAgency: FieldKey = "confirmed_agency"
        public static let checkedAt: FieldKey = "checked_at"
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: Column.uploadID) public var uploadID: UUID
    @Field(key: Column.regionID) public var regionID: UUID
    /// "报告.zip/城南区教育局.docx" or the file's own name.
    @Field(key: Column.name) public var name: String
    @Field(key: Column.sha256) public var sha256: String
    @Field(key: Column.byteCount) public var byteCount: Int
    /// Whether its check has run.
    @Field(key: Column.checked) public var checked: Bool
    /// `CheckResult.storedJSON`, once checked.
    @OptionalField(key: Column.result) public var result: String?
    /// The agency and year the document states, once checked.
    @OptionalField(key: Column.agencyRead) public var agencyRead: String?
    @OptionalField(key: Column.yearRead) public var yearRead: Int?
    @Field(key: Column.errors) public var errors: Int
    @Field(key: Column.warnings) public var warnings: Int
    @Field(key: Column.unreadable) public var unreadable: Bool
    /// The roster agency a person confirmed for the file (by name); wins over matching.
    @OptionalField(key: Column.confirmedAgency) public var confirmedAgency: String?
    @OptionalField(key: Column.checkedAt) public var checkedAt: Date?

    public init() {}
}
