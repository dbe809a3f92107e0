import FluentKit

/// Each agency's 政府信息公开指南 and its catalogue settings (索引号 scheme, vocabularies).
struct M041_CreateGuidesAndCatalogueSettings: AsyncMigration {
    var name: String { "041_create_guides_and_catalogue_settings" }

    func prepare(on database: any Database) async throws {
        typealias G = AgencyGuideModel.Column
        try await database.schema(AgencyGuideModel.schema)
            .id()
            .field(G.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(G.body, .string, .required)
            .field(G.updatedOn, .string, .required)
            .field(G.updatedBy, .string, .required)
            .unique(on: G.agencyID, name: "agency_guides_agency_unique")
            .create()
        typealias S = CatalogueSettingsModel.Column
        try await database.schema(CatalogueSettingsModel.schema)
            .id()
            .field(S.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(S.unitCode, .string, .required)
            .field(S.pattern, .string, .required)
            .field(S.width, .int, .required)
            .field(S.topics, .string, .required)
            .field(S.genres, .string, .required)
            .unique(on: S.agencyID, name: "catalogue_settings_agency_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CatalogueSettingsModel.schema).delete()
        try await database.schema(AgencyGuideModel.schema).delete()
    }
}
