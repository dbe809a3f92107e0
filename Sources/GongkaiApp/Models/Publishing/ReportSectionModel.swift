import FluentKit
import Foundation

/// The text of one narrative section (一、五、六) of an agency's annual report for a year, as
/// written in the builder.
public final class ReportSectionModel: Model, @unchecked Sendable {
    public static let schema = "report_sections"

    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let year: FieldKey = "year"
        public static let section: FieldKey = "section"
        public static let body: FieldKey = "body"
        public static let updatedBy: FieldKey = "updated_by"
        public static let updatedAt: FieldKey = "updated_at"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    @Field(key: Column.year) public var year: Int
    /// 1, 5 or 6.
    @Field(key: Column.section) public var section: Int
    @Field(key: Column.body) public var body: String
    @Field(key: Column.updatedBy) public var updatedBy: String
    @Timestamp(key: Column.updatedAt, on: .update) public var updatedAt: Date?

    public init() {}
}
