import FluentKit

/// The narrative sections of the annual report written in the builder.
struct M043_CreateReportSections: AsyncMigration {
    var name: String { "043_create_report_sections" }

    func prepare(on database: any Database) async throws {
        typealias C = ReportSectionModel.Column
        try await database.schema(ReportSectionModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.year, .int, .required)
            .field(C.section, .int, .required)
            .field(C.body, .string, .required)
            .field(C.updatedBy, .string, .required)
            .field(C.updatedAt, .datetime)
            .unique(on: C.agencyID, C.year, C.section, name: "report_sections_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReportSectionModel.schema).delete()
    }
}
