import FluentKit

/// Each agency's portal details and numbering; one row per agency.
struct M021_CreateAgencyProfiles: AsyncMigration {
    var name: String { "021_create_agency_profiles" }

    func prepare(on database: any Database) async throws {
        typealias C = AgencyProfileModel.Column
        try await database.schema(AgencyProfileModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.acceptingOffice, .string, .required)
            .field(C.address, .string, .required)
            .field(C.postcode, .string, .required)
            .field(C.officeHours, .string, .required)
            .field(C.phone, .string, .required)
            .field(C.fax, .string, .required)
            .field(C.email, .string, .required)
            .field(C.casePrefix, .string, .required)
            .field(C.letterPrefix, .string, .required)
            .field(C.reconsiderationBody, .string, .required)
            .field(C.court, .string, .required)
            .field(C.updatedAt, .datetime)
            .unique(on: C.agencyID, name: "agency_profiles_agency_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgencyProfileModel.schema).delete()
    }
}
