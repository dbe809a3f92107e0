import FluentKit

/// The scoring scheme a supervising office set for its region's ranking (one per region).
struct M067_CreateScoringSchemes: AsyncMigration {
    var name: String { "067_create_scoring_schemes" }

    func prepare(on database: any Database) async throws {
        typealias C = ScoringSchemeModel.Column
        try await database.schema(ScoringSchemeModel.schema)
            .id()
            .field(C.regionID, .uuid, .required, .references(RegionModel.schema, .id))
            .field(C.scheme, .string, .required)
            .field(C.updatedBy, .string, .required)
            .field(C.updatedAt, .datetime, .required)
            .unique(on: C.regionID)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ScoringSchemeModel.schema).delete()
    }
}
