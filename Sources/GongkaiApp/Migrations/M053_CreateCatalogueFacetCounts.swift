import FluentKit
import SQLKit

/// The stored facet counts of each agency's portal catalogue (`CatalogueFacetCache`), valid for
/// one change version and day.
struct M053_CreateCatalogueFacetCounts: AsyncMigration {
    var name: String { "053_create_catalogue_facet_counts" }

    func prepare(on database: any Database) async throws {
        try await database.schema(CatalogueFacetCache.table)
            .field("agency_id", .uuid, .identifier(auto: false), .references(AgencyModel.schema, .id))
            .field("version", .int, .required)
            .field("day", .string, .required)
            .field("facets", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CatalogueFacetCache.table).delete()
    }
}
