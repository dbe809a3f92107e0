import FluentKit

/// Each agency's 办理期限 for suggestions and proposals, where it differs from the standard rule.
struct M051_CreateProposalSettings: AsyncMigration {
    var name: String { "051_create_proposal_settings" }

    func prepare(on database: any Database) async throws {
        typealias C = ProposalSettingsModel.Column
        try await database.schema(ProposalSettingsModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.months, .string, .required)
            .field(C.updatedBy, .string, .required)
            .field(C.updatedAt, .datetime)
            .unique(on: C.agencyID, name: "proposal_settings_agency_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProposalSettingsModel.schema).delete()
    }
}
