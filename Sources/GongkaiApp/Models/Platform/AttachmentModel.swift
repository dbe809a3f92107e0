import FluentKit
import Foundation

/// A file attached to a submission or a request (an ID scan, supplementary material).
///
/// The bytes live in the database (`attachment_contents`), not in the web root or on one
/// server's disk: every server process sees them, a backup holds them, and a submission and its
/// files are stored in one transaction. Size and type are checked before storing
/// (`UploadPolicy`).
public final class AttachmentModel: Model, @unchecked Sendable {
    public static let schema = "attachments"

    /// Column names.
    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let submissionID: FieldKey = "submission_id"
        public static let requestID: FieldKey = "request_id"
        public static let purpose: FieldKey = "purpose"
        public static let fileName: FieldKey = "file_name"
        public static let contentType: FieldKey = "content_type"
        public static let byteCount: FieldKey = "byte_count"
        public static let sha256: FieldKey = "sha256"
        public static let uploadedAt: FieldKey = "uploaded_at"
        public static let uploadedBy: FieldKey = "uploaded_by"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    @OptionalParent(key: Column.submissionID) public var submission: PortalSubmissionModel?
    @OptionalParent(key: Column.requestID) public var request: RequestModel?
    /// "identity" (身份证明), "correction" (补正材料), "other".
    @Field(key: Column.purpose) public var purpose: String
    /// The name as uploaded (shown, never used as a path).
    @Field(key: Column.fileName) public var fileName: String
    /// The type sniffed from the bytes (not the one the browser claimed).
    @Field(key: Column.contentType) public var contentType: String
    @Field(key: Column.byteCount) public var byteCount: Int
    @Field(key: Column.sha256) public var sha256: String
    @Field(key: Column.uploadedAt) public var uploadedAt: Date
    /// "portal" or the staff user's name.
    @Field(key: Column.uploadedBy) public var uploadedBy: String

    public init() {}
}

/// The bytes of an attachment, apart from its description so that lists never load them.
public final class AttachmentContentModel: Model, @unchecked Sendable {
    public static let schema = "attachment_contents"

    public enum Column {
        public static let bytes: FieldKey = "bytes"
    }

    /// The attachment's id.
    @ID(custom: .id, generatedBy: .user) public var id: UUID?
    @Field(key: Column.bytes) public var bytes: Data

    public init() {}

    public init(id: UUID, bytes: Data) {
        self.id = id
        self.bytes = bytes
    }
}
