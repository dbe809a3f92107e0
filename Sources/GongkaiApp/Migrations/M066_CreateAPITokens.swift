import FluentKit

/// API tokens per agency, stored as hashes.
struct M066_CreateAPITokens: AsyncMigration {
    var name: String { "066_create_api_tokens" }

    func prepare(on database: any Database) async throws {
        typealias C = APITokenModel.Column
        try await database.schema(APITokenModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.name, .string, .required)
            .field(C.prefix, .string, .required)
            .field(C.tokenHash, .string, .required)
            .field(C.roles, .string, .required)
            .field(C.createdBy, .string, .required)
            .field(C.createdAt, .datetime, .required)
            .field(C.lastUsedAt, .datetime)
            .field(C.revokedAt, .datetime)
            .unique(on: C.tokenHash)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(APITokenModel.schema).delete()
    }
}
