import FluentKit
import SQLKit

/// The 政府信息公开目录: items, their history, and the bigram index of the full-text search.
///
/// The search index holds only what the portal may show (published items), with the 发布日期
/// copied in, so that a query reads one index range per bigram: (agency, gram, published_on).
struct M040_CreateCatalogue: AsyncMigration {
    var name: String { "040_create_catalogue" }

    func prepare(on database: any Database) async throws {
        typealias C = CatalogueItemModel.Column
        try await database.schema(CatalogueItemModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.indexNumber, .string, .required)
            .field(C.title, .string, .required)
            .field(C.publisher, .string, .required)
            .field(C.documentNumber, .string, .required)
            .field(C.topic, .string, .required)
            .field(C.genre, .string, .required)
            .field(C.keywords, .string, .required)
            .field(C.body, .string, .required)
            .field(C.formedOn, .string, .required)
            .field(C.publishedOn, .string)
            .field(C.validity, .string, .required)
            .field(C.validityChangedOn, .string)
            .field(C.status, .string, .required)
            .field(C.draftedBy, .uuid, .required)
            .field(C.draftedByName, .string, .required)
            .field(C.registerRecordID, .uuid)
            .field(C.revision, .int, .required)
            .field(C.createdAt, .datetime)
            .field(C.updatedAt, .datetime)
            .unique(on: C.agencyID, C.indexNumber, name: "catalogue_items_index_number_unique")
            .create()
        typealias E = CatalogueEventModel.Column
        try await database.schema(CatalogueEventModel.schema)
            .id()
            .field(E.itemID, .uuid, .required, .references(CatalogueItemModel.schema, .id))
            .field(E.action, .string, .required)
            .field(E.actor, .string, .required)
            .field(E.at, .datetime, .required)
            .field(E.note, .string, .required)
            .field(E.detail, .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "catalogue_items_portal").on(CatalogueItemModel.schema)
            .column("agency_id").column("status").column("published_on").run()
        try await sql.create(index: "catalogue_events_item").on(CatalogueEventModel.schema).column("item_id").run()
        try await database.schema(CatalogueSearch.table)
            .field("agency_id", .uuid, .required)
            .field("gram", .string, .required)
            .field("published_on", .string, .required)
            .field("item_id", .uuid, .required)
            .create()
        try await sql.create(index: "catalogue_grams_lookup").on(CatalogueSearch.table)
            .column("agency_id").column("gram").column("published_on").column("item_id").run()
        try await sql.create(index: "catalogue_grams_item").on(CatalogueSearch.table).column("item_id").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(table: CatalogueSearch.table).run()
        try await database.schema(CatalogueEventModel.schema).delete()
        try await database.schema(CatalogueItemModel.schema).delete()
    }
}
