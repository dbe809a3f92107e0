import FluentKit

/// Regions nest (省 › 市 › 县/区): each names its parent; the path is unique.
struct M060_CreateRegions: AsyncMigration {
    var name: String { "060_create_regions" }

    func prepare(on database: any Database) async throws {
        typealias C = RegionModel.Column
        try await database.schema(RegionModel.schema)
            .id()
            .field(C.name, .string, .required)
            .field(C.parentID, .uuid, .references(RegionModel.schema, .id))
            .field(C.level, .int, .required)
            .field(C.path, .string, .required)
            .field(C.createdAt, .datetime)
            .unique(on: C.path)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RegionModel.schema).delete()
    }
}
