import FluentKit

/// Attachments and their bytes, in two tables so that listing never reads the bytes.
struct M023_CreateAttachments: AsyncMigration {
    var name: String { "023_create_attachments" }

    func prepare(on database: any Database) async throws {
        typealias C = AttachmentModel.Column
        try await database.schema(AttachmentModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.submissionID, .uuid, .references(PortalSubmissionModel.schema, .id))
            .field(C.requestID, .uuid, .references(RequestModel.schema, .id))
            .field(C.purpose, .string, .required)
            .field(C.fileName, .string, .required)
            .field(C.contentType, .string, .required)
            .field(C.byteCount, .int, .required)
            .field(C.sha256, .string, .required)
            .field(C.uploadedAt, .datetime, .required)
            .field(C.uploadedBy, .string, .required)
            .create()
        try await database.schema(AttachmentContentModel.schema)
            .field(.id, .uuid, .identifier(auto: false), .references(AttachmentModel.schema, .id))
            .field(AttachmentContentModel.Column.bytes, .data, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AttachmentContentModel.schema).delete()
        try await database.schema(AttachmentModel.schema).delete()
    }
}
