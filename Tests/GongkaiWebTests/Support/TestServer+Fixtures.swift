import Fluent
import Foundation
import GongkaiApp
import GongkaiCore
import SQLKit
import Testing

@testable import GongkaiWeb

/// Setting the scene through the app's own services (the same code the pages call).
extension TestServer {
    /// The password of accounts made by tests.
    static let staffPassword = "test-password-42"

    /// Creates a staff account in `agencyID` (other agencies have none in the demo).
    @discardableResult
    func createStaff(_ username: String, roles: Set<StaffRole>, agencyID: UUID, displayName: String? = nil) async throws -> UUID {
        let user = try await UserService(services, hasher: app.platform.hasher).create(
            .init(
                username: username, displayName: displayName ?? "测试\(username)", password: Self.staffPassword,
                roles: StaffRoles(roles)),
            agencyID: agencyID, actor: "test")
        return try user.requireID()
    }

    /// Files a request on the portal for `citizen` (with `files` attached), as the form would.
    func fileRequest(
        agencyID: UUID, citizen: Fixtures.Citizen = Fixtures.citizen(), content: String = Fixtures.content,
        files: [(name: String, bytes: Data)] = []
    ) async throws -> PortalService.Receipt {
        guard let agency = try await AgencyModel.find(agencyID, on: app.db) else { throw FixtureError("no agency \(agencyID)") }
        var form = PortalService.SubmissionForm()
        form.applicant.applicantKind = "naturalPerson"
        form.applicant.name = citizen.name
        form.applicant.idKind = IdentityDocumentKind.residentIDCard.rawValue
        form.applicant.idNumber = citizen.idNumber
        form.applicant.phone = citizen.phone
        form.applicant.address = citizen.address
        form.content = content
        form.deliveryForm = DeliveryForm.electronic.rawValue
        form.submissionKey = "fixture-" + UUID().uuidString
        form.files = files
        return try await PortalService(services, uploads: Self.uploads).submit(form, to: agency)
    }

    /// Confirms receipt of a pending submission; returns the request's id.
    func confirm(_ submissionID: UUID, agencyID: UUID) async throws -> UUID {
        try await PortalService(services).confirmReceipt(submissionID, agencyID: agencyID, actor: "测试经办（fixture）")
    }

    /// Drafts a 予以公开 reply (by e-mail) on `requestID`; returns the draft's id.
    func draftReply(requestID: UUID, agencyID: UUID, drafter: String = "测试经办（fixture）") async throws -> UUID {
        var details = ReplyDetailsInput()
        details.providedItems = Fixtures.content
        details.deliveryForm = "electronic"
        return try await ReplyDrafts(services).draft(
            requestID: requestID, agencyID: agencyID, reply: .provided, input: details, actor: drafter)
    }

    /// Enters a pending reconsideration about the request `requestCaseNumber`; returns its id.
    func fileAppeal(agencyID: UUID, requestCaseNumber: String, caseNumber: String) async throws -> UUID {
        var input = AppealEntry.Input()
        input.kind = "reconsideration"
        input.caseNumber = caseNumber
        input.requestCaseNumber = requestCaseNumber
        input.filedOn = clock.appClock.today.description
        try await AppealEntry(services).add(input, agencyID: agencyID, actor: "测试经办（fixture）")
        let appeal = try await AppealModel.query(on: app.db).filter(\.$agency.$id == agencyID).filter(\.$caseNumber == caseNumber).first()
        guard let id = appeal?.id else { throw FixtureError("the appeal \(caseNumber) was not stored") }
        return id
    }

    /// The number of events recorded on `requestID`.
    func eventCount(_ requestID: UUID) async throws -> Int {
        try await RequestEventModel.query(on: app.db).filter(\.$request.$id == requestID).count()
    }

    /// The tables a refused form may still write: its hit on the rate limit, the session.
    static let bookkeeping: Set<String> = [PlatformTables.rateLimits, "web_sessions"]

    /// The number of rows in every table of the database but `excluding`, by table.
    func rowCounts(excluding: Set<String> = []) async throws -> [String: Int] {
        let sql = app.db as! any SQLDatabase
        let listing: SQLQueryString =
            backend == .postgres
            ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        var counts: [String: Int] = [:]
        for row in try await sql.raw(listing).all() {
            let table = try row.decode(column: "name", as: String.self)
            if excluding.contains(table) { continue }
            let count = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
            counts[table] = try count?.decode(column: "n", as: Int.self)
        }
        return counts
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
