import FluentKit
import SQLKit

/// `appeals.role`, `court_level` and `prior_instance_case_number`: the agency's part in each case
/// (国办公开办函〔2016〕201号: a 复议机关 sued as co-defendant does not count the suit), the court level
/// of a lawsuit record and the record of the level below. Existing rows: respondent, first instance.
struct M011_AddAppealRoleAndCourtLevel: AsyncMigration {
    var name: String { "011_add_appeal_role_and_court_level" }

    func prepare(on database: any Database) async throws {
        typealias C = AppealModel.Column
        let sql = database as! any SQLDatabase
        let table = AppealModel.schema
        try await sql.raw(
            "ALTER TABLE \(ident: table) ADD COLUMN \(ident: C.role.description) VARCHAR(40) NOT NULL DEFAULT 'respondent'"
        ).run()
        try await sql.raw(
            "ALTER TABLE \(ident: table) ADD COLUMN \(ident: C.courtLevel.description) VARCHAR(20) NOT NULL DEFAULT 'firstInstance'"
        ).run()
        try await sql.raw(
            "ALTER TABLE \(ident: table) ADD COLUMN \(ident: C.priorInstanceCaseNumber.description) TEXT").run()
    }

    func revert(on database: any Database) async throws {
        typealias C = AppealModel.Column
        try await database.schema(AppealModel.schema).deleteField(C.priorInstanceCaseNumber).update()
        try await database.schema(AppealModel.schema).deleteField(C.courtLevel).update()
        try await database.schema(AppealModel.schema).deleteField(C.role).update()
    }
}
