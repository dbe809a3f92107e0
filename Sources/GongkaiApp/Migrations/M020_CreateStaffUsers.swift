import FluentKit

/// Staff accounts of the web console; usernames unique on the site.
struct M020_CreateStaffUsers: AsyncMigration {
    var name: String { "020_create_staff_users" }

    func prepare(on database: any Database) async throws {
        typealias C = StaffUserModel.Column
        try await database.schema(StaffUserModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.username, .string, .required)
            .field(C.displayName, .string, .required)
            .field(C.passwordHash, .string, .required)
            .field(C.roles, .string, .required)
            .field(C.active, .bool, .required)
            .field(C.failedSignIns, .int, .required)
            .field(C.lockedUntil, .datetime)
            .field(C.lastSignInAt, .datetime)
            .field(C.createdAt, .datetime)
            .unique(on: C.username, name: "staff_users_username_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffUserModel.schema).delete()
    }
}
