import FluentKit

/// The 建议提案办理 register: suggestions of deputies and proposals of members handed to an
/// agency, with the reply, its evaluation and whether it is published.
struct M050_CreateProposals: AsyncMigration {
    var name: String { "050_create_proposals" }

    func prepare(on database: any Database) async throws {
        typealias C = ProposalModel.Column
        try await database.schema(ProposalModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.kind, .string, .required)
            .field(C.year, .int, .required)
            .field(C.number, .string, .required)
            .field(C.title, .string, .required)
            .field(C.proposers, .string, .required)
            .field(C.role, .string, .required)
            .field(C.assignedOn, .string, .required)
            .field(C.dueOn, .string, .required)
            .field(C.repliedOn, .string)
            .field(C.evaluation, .string)
            .field(C.replyPublic, .bool, .required)
            .field(C.replyText, .string)
            .field(C.revision, .int, .required)
            .field(C.createdBy, .string, .required)
            .field(C.updatedAt, .datetime)
            .unique(on: C.agencyID, C.kind, C.year, C.number, name: "proposals_number_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProposalModel.schema).delete()
    }
}
