import FluentKit
import Foundation

/// A file attached to a catalogue item (PDF, Word, Excel, image), kept as uploaded. Attachments
/// are added and removed while the item is a draft; from review on they are part of the item and
/// stay with it (a 更正 keeps them; a withdrawn item's files leave the portal with it).
public final class CatalogueAttachmentModel: Model, @unchecked Sendable {
    public static let schema = "catalogue_attachments"

    public enum Column {
        public static let itemID: FieldKey = "item_id"
        public static let agencyID: FieldKey = "agency_id"
        public static let fileName: FieldKey = "file_name"
        public static let kind: FieldKey = "kind"
        public static let byteCount: FieldKey = "byte_count"
        public static let sha256: FieldKey = "sha256"
        public static let bytes: FieldKey = "bytes"
        public static let itemRevision: FieldKey = "item_revision"
        public static let uploadedBy: FieldKey = "uploaded_by"
        public static let uploadedAt: FieldKey = "uploaded_at"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.itemID) public var item: CatalogueItemModel
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    /// The name shown and sent back (`CatalogueAttachmentKind.displayName`).
    @Field(key: Column.fileName) public var fileName: String
    /// `CatalogueAttachmentKind` raw value, sniffed from the bytes.
    @Field(key: Column.kind) public var kind: String
    @Field(key: Column.byteCount) public var byteCount: Int
    @Field(key: Column.sha256) public var sha256: String
    @Field(key: Column.bytes) public var bytes: Data
    /// The item's revision the file was added at (the version it belongs to).
    @Field(key: Column.itemRevision) public var itemRevision: Int
    @Field(key: Column.uploadedBy) public var uploadedBy: String
    @Field(key: Column.uploadedAt) public var uploadedAt: Date

    public init() {}
}
