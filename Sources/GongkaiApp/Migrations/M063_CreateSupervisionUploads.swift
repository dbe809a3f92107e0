import FluentKit

/// Uploads as received and their bytes, in two tables so that listing never reads the bytes.
struct M063_CreateSupervisionUploads: AsyncMigration {
    var name: String { "063_create_supervision_uploads" }

    func prepare(on database: any Database) async throws {
        typealias C = SupervisionUploadModel.Column
        try await database.schema(SupervisionUploadModel.schema)
            .id()
            .field(C.regionID, .uuid, .required, .references(RegionModel.schema, .id))
            .field(C.year, .int, .required)
            .field(C.fileName, .string, .required)
            .field(C.sha256, .string, .required)
            .field(C.byteCount, .int, .required)
            .field(C.fileCount, .int, .required)
            .field(C.uploadedBy, .string, .required)
            .field(C.uploadedAt, .datetime, .required)
            .create()
        try await database.schema(SupervisionUploadModel.contentSchema)
            .field(.id, .uuid, .identifier(auto: false), .references(SupervisionUploadModel.schema, .id))
            .field(C.bytes, .data, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SupervisionUploadModel.contentSchema).delete()
        try await database.schema(SupervisionUploadModel.schema).delete()
    }
}
