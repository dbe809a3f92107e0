import FluentKit
import SQLKit

/// Indexes for the annual report's GROUP BY and the case lists.
///
/// The report counts the requests of one agency received by 31 December and open on or closed
/// after 1 January: `requests_agency_received_report` leads with (agency, received_on) for that
/// range and carries every other column the query reads, so both databases answer it from the
/// index alone. `requests_agency_closed` serves the lists of open requests (closed_on IS NULL)
/// and the drill-down of results.
struct M008_IndexRequestsForAnnualReport: AsyncMigration {
    var name: String { "008_index_requests_for_annual_report" }

    func prepare(on database: any Database) async throws {
        typealias C = RequestModel.Column
        let sql = database as! any SQLDatabase
        try await sql.create(index: "requests_agency_received_report").on(RequestModel.schema)
            .column(C.agencyID.description).column(C.receivedOn.description).column(C.closedOn.description)
            .column(C.applicantColumn.description).column(C.resultRow.description).run()
        try await sql.create(index: "requests_agency_closed").on(RequestModel.schema)
            .column(C.agencyID.description).column(C.closedOn.description).run()
        try await sql.create(index: "request_events_request").on(RequestEventModel.schema)
            .column(RequestEventModel.Column.requestID.description).run()
        try await sql.create(index: "appeals_agency_filed").on(AppealModel.schema)
            .column(AppealModel.Column.agencyID.description).column(AppealModel.Column.filedOn.description).run()
        try await sql.create(index: "audit_log_entity").on(AuditLogModel.schema)
            .column(AuditLogModel.Column.entity.description).column(AuditLogModel.Column.entityID.description).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in [
            "requests_agency_received_report", "requests_agency_closed", "request_events_request",
            "appeals_agency_filed", "audit_log_entity",
        ] {
            try await sql.drop(index: index).run()
        }
    }
}
