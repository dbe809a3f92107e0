import FluentKit
import SQLKit

/// `agencies.appeal_counting`: how the agency counts table 4 (`AppealCountingMode`); existing
/// agencies keep the cases-handled-in-the-year count they had.
struct M012_AddAgencyAppealCounting: AsyncMigration {
    var name: String { "012_add_agency_appeal_counting" }

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw(
            "ALTER TABLE \(ident: AgencyModel.schema) ADD COLUMN \(ident: AgencyModel.Column.appealCounting.description) VARCHAR(20) NOT NULL DEFAULT 'handledInYear'"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgencyModel.schema).deleteField(AgencyModel.Column.appealCounting).update()
    }
}
