import FluentKit
import Foundation

/// One published version of an agency's annual report: an immutable snapshot (database triggers
/// refuse UPDATE and DELETE, M045). Version 1 is the report as first published; each 更正 is a
/// new version with its 更正说明, the earlier ones kept and listed.
public final class PublishedReportModel: Model, @unchecked Sendable {
    public static let schema = "published_reports"

    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let year: FieldKey = "year"
        public static let version: FieldKey = "version"
        public static let reportJSON: FieldKey = "report_json"
        public static let contentHash: FieldKey = "content_hash"
        public static let docx: FieldKey = "docx"
        public static let correctionNote: FieldKey = "correction_note"
        public static let reviewedBy: FieldKey = "reviewed_by"
        public static let signedBy: FieldKey = "signed_by"
        public static let publishedBy: FieldKey = "published_by"
        public static let publishedAt: FieldKey = "published_at"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    @Field(key: Column.year) public var year: Int
    /// 1, 2, … within the agency and year.
    @Field(key: Column.version) public var version: Int
    /// The canonical JSON (`gongkai.report/1`) as published.
    @Field(key: Column.reportJSON) public var reportJSON: String
    /// SHA-256 (hex) of `reportJSON`: the portal's strong ETag.
    @Field(key: Column.contentHash) public var contentHash: String
    /// The Word document as published.
    @Field(key: Column.docx) public var docx: Data
    /// The 更正说明 (versions after the first).
    @OptionalField(key: Column.correctionNote) public var correctionNote: String?
    @Field(key: Column.reviewedBy) public var reviewedBy: String
    @Field(key: Column.signedBy) public var signedBy: String
    @Field(key: Column.publishedBy) public var publishedBy: String
    @Field(key: Column.publishedAt) public var publishedAt: Date

    public init() {}
}

/// A file rendered from a published version after publishing (the PDF, made once by LibreOffice
/// on first download and kept; insert-only like the snapshot).
public final class PublishedReportFileModel: Model, @unchecked Sendable {
    public static let schema = "published_report_files"

    public enum Column {
        public static let reportID: FieldKey = "published_report_id"
        public static let format: FieldKey = "format"
        public static let bytes: FieldKey = "bytes"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.reportID) public var report: PublishedReportModel
    @Field(key: Column.format) public var format: String
    @Field(key: Column.bytes) public var bytes: Data

    public init() {}

    public init(reportID: UUID, format: String, bytes: Data) {
        id = UUID()
        $report.id = reportID
        self.format = format
        self.bytes = bytes
    }
}
