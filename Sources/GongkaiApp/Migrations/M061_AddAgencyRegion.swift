import FluentKit

/// An agency on the platform belongs to a region: its 督办 accounts supervise that region.
struct M061_AddAgencyRegion: AsyncMigration {
    var name: String { "061_add_agency_region" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AgencyModel.schema).field(AgencyModel.Column.regionID, .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgencyModel.schema).deleteField(AgencyModel.Column.regionID).update()
    }
}
