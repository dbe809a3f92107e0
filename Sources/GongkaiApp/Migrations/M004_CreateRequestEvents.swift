import FluentKit

/// The append-only history of each request; (request, seq) is unique, so two officers appending
/// at once cannot both write event n.
struct M004_CreateRequestEvents: AsyncMigration {
    var name: String { "004_create_request_events" }

    func prepare(on database: any Database) async throws {
        typealias C = RequestEventModel.Column
        try await database.schema(RequestEventModel.schema)
            .id()
            .field(C.requestID, .uuid, .required, .references(RequestModel.schema, .id))
            .field(C.sequence, .int, .required)
            .field(C.occurredOn, .string, .required)
            .field(C.type, .string, .required)
            .field(C.payload, .string, .required)
            .field(C.recordedBy, .string, .required)
            .field(C.recordedAt, .datetime, .required)
            .unique(on: C.requestID, C.sequence, name: "request_events_request_seq_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RequestEventModel.schema).delete()
    }
}
