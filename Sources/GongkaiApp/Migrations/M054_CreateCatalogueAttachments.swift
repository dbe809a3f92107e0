import FluentKit
import SQLKit

/// Files attached to catalogue items.
struct M054_CreateCatalogueAttachments: AsyncMigration {
    var name: String { "054_create_catalogue_attachments" }

    func prepare(on database: any Database) async throws {
        typealias C = CatalogueAttachmentModel.Column
        try await database.schema(CatalogueAttachmentModel.schema)
            .id()
            .field(C.itemID, .uuid, .required, .references(CatalogueItemModel.schema, .id))
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.fileName, .string, .required)
            .field(C.kind, .string, .required)
            .field(C.byteCount, .int, .required)
            .field(C.sha256, .string, .required)
            .field(C.bytes, .data, .required)
            .field(C.itemRevision, .int, .required)
            .field(C.uploadedBy, .string, .required)
            .field(C.uploadedAt, .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "catalogue_attachments_item").on(CatalogueAttachmentModel.schema).column("item_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CatalogueAttachmentModel.schema).delete()
    }
}
