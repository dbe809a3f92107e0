import FluentKit
import Foundation

/// One upload by a supervising office: a report file or a .zip of many, kept as received
/// (the bytes in `supervision_upload_contents`) with its SHA-256.
public final class SupervisionUploadModel: Model, @unchecked Sendable {
    public static let schema = "supervision_uploads"
    /// The bytes as received, one row per upload (listing never reads them).
    public static let contentSchema = "supervision_upload_contents"
    /// The bytes of each file to check (a .zip's members), one row per `SupervisionFileModel`.
    public static let fileContentSchema = "supervision_file_contents"

    /// Column names.
    public enum Column {
        public static let regionID: FieldKey = "region_id"
        public static let year: FieldKey = "year"
        public static let fileName: FieldKey = "file_name"
        public static let sha256: FieldKey = "sha256"
        public static let byteCount: FieldKey = "byte_count"
        public static let fileCount: FieldKey = "file_count"
        public static let uploadedBy: FieldKey = "uploaded_by"
        public static let uploadedAt: FieldKey = "uploaded_at"
        public static let bytes: FieldKey = "bytes"
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: Column.regionID) public var regionID: UUID
    /// The report year the office uploaded it for.
    @Field(key: Column.year) public var year: Int
    @Field(key: Column.fileName) public var fileName: String
    @Field(key: Column.sha256) public var sha256: String
    @Field(key: Column.byteCount) public var byteCount: Int
    /// How many report files it held (1 for a single file).
    @Field(key: Column.fileCount) public var fileCount: Int
    @Field(key: Column.uploadedBy) public var uploadedBy: String
    @Field(key: Column.uploadedAt) public var uploadedAt: Date

    public init() {}
}
