import FluentKit

/// How the applicant asked to receive the information, kept with the request for its letters.
struct M026_AddRequestDeliveryForm: AsyncMigration {
    var name: String { "026_add_request_delivery_form" }

    func prepare(on database: any Database) async throws {
        try await database.schema(RequestModel.schema).field(RequestModel.Column.deliveryForm, .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RequestModel.schema).deleteField(RequestModel.Column.deliveryForm).update()
    }
}
