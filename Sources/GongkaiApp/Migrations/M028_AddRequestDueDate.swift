import FluentKit
import Foundation
import GongkaiCore
import SQLKit

/// The reply deadline of each open request, kept with the row so that the work queue sorts and
/// counts in SQL (`RequestModel.Derived.dueOn`); existing open requests are computed here.
struct M028_AddRequestDueDate: AsyncMigration {
    var name: String { "028_add_request_due_date" }

    func prepare(on database: any Database) async throws {
        typealias C = RequestModel.Column
        try await database.schema(RequestModel.schema).field(C.dueOn, .string).update()
        let sql = database as! any SQLDatabase
        // Open requests only, carrying what the queue counts and sorts by: the queue reads the index alone.
        try await sql.raw(
            """
            CREATE INDEX requests_open_queue ON \(ident: RequestModel.schema)
            (\(ident: C.agencyID.description), \(ident: C.dueOn.description), \(ident: C.receivedOn.description),
             \(ident: C.caseNumber.description), \(ident: C.phase.description), \(ident: C.applicantColumn.description))
            WHERE \(ident: C.closedOn.description) IS NULL
            """
        ).run()
        // Read with plain SQL (not the models, which may gain columns in later migrations).
        let rows = try await sql.raw(
            """
            SELECT id, case_number, received_on, channel, content FROM \(ident: RequestModel.schema)
            WHERE closed_on IS NULL
            """
        ).all()
        // The deadline does not depend on who applied; a placeholder applicant stands in.
        let placeholder = Applicant.naturalPerson(
            try NaturalPersonApplicant(
                name: "—", idDocument: try IdentityDocument(kind: .other, number: "—"), contact: ContactInfo(phone: "—")))
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            let payloads = try await sql.raw(
                """
                SELECT payload FROM \(ident: RequestEventModel.schema) WHERE request_id = \(bind: id) ORDER BY sequence
                """
            ).all().map { try $0.decode(column: "payload", as: String.self) }
            guard let received = CivilDate(iso: try row.decode(column: "received_on", as: String.self)),
                let channel = RequestChannel(rawValue: try row.decode(column: "channel", as: String.self)),
                let events = try? payloads.map({ try JSONDecoder().decode(RequestEvent.self, from: Data($0.utf8)) }),
                let request = try? DisclosureRequest(
                    id: RecordID(try row.decode(column: "case_number", as: String.self)), agencyID: AgencyID("—"),
                    applicant: placeholder, channel: channel, content: try row.decode(column: "content", as: String.self),
                    receivedOn: received, events: events),
                let due = RequestModel.Derived(request).dueOn
            else { continue }
            try await sql.update(RequestModel.schema).set(C.dueOn.description, to: due)
                .where(SQLIdentifier("id"), .equal, SQLBind(id)).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "requests_open_queue").run()
        try await database.schema(RequestModel.schema).deleteField(RequestModel.Column.dueOn).update()
    }
}
