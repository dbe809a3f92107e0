import FluentKit
import SQLKit

/// The files to check (an upload itself, or each member of an uploaded .zip) with their bytes
/// and, once checked, the stored result.
struct M064_CreateSupervisionFiles: AsyncMigration {
    var name: String { "064_create_supervision_files" }

    func prepare(on database: any Database) async throws {
        typealias C = SupervisionFileModel.Column
        try await database.schema(SupervisionFileModel.schema)
            .id()
            .field(C.uploadID, .uuid, .required, .references(SupervisionUploadModel.schema, .id))
            .field(C.regionID, .uuid, .required, .references(RegionModel.schema, .id))
            .field(C.name, .string, .required)
            .field(C.sha256, .string, .required)
            .field(C.byteCount, .int, .required)
            .field(C.checked, .bool, .required)
            .field(C.result, .string)
            .field(C.agencyRead, .string)
            .field(C.yearRead, .int)
            .field(C.errors, .int, .required)
            .field(C.warnings, .int, .required)
            .field(C.unreadable, .bool, .required)
            .field(C.confirmedAgency, .string)
            .field(C.checkedAt, .datetime)
            .create()
        try await database.schema(SupervisionUploadModel.fileContentSchema)
            .field(.id, .uuid, .identifier(auto: false), .references(SupervisionFileModel.schema, .id))
            .field(SupervisionUploadModel.Column.bytes, .data, .required)
            .create()
        try await (database as! any SQLDatabase).create(index: "supervision_files_region")
            .on(SupervisionFileModel.schema).column(C.regionID.description).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SupervisionUploadModel.fileContentSchema).delete()
        try await database.schema(SupervisionFileModel.schema).delete()
    }
}
