import Fluent
import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@testable import GongkaiWeb

/// Applicants' personal data: never in the work queue, never for another agency's staff, never
/// in the logs (even at trace level, where the database libraries would print bound values).
@Suite("Personal data stays on the case page of its own agency")
struct PersonalDataTests {
    /// The names and document numbers of every applicant of `agencyID`, received or pending.
    static func applicantData(_ server: TestServer, agencyID: UUID) async throws -> [String] {
        let applicants = try await ApplicantModel.query(on: server.app.db)
            .join(RequestModel.self, on: \ApplicantModel.$request.$id == \RequestModel.$id)
            .filter(RequestModel.self, \.$agency.$id == agencyID).all()
        var values = applicants.flatMap { [$0.name, $0.idDocumentNumber ?? ""] }
        let portal = PortalService(server.services)
        for submission in try await portal.pendingSubmissions(agencyID: agencyID) {
            if case .naturalPerson(let person)? = try portal.applicant(of: submission) {
                values += [person.name, person.idDocument.number]
            }
        }
        return values.filter { $0.count >= 2 }
    }

    @Test("no applicant's name or ID number on any page of any filter of the queue", arguments: TestBackend.available)
    func queue(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let citizen = Fixtures.citizen(11)
            let received = try await server.fileRequest(agencyID: server.homeAgencyID, citizen: citizen)
            let requestID = try await server.confirm(received.submissionID, agencyID: server.homeAgencyID)
            _ = try await server.fileRequest(agencyID: server.homeAgencyID, citizen: Fixtures.citizen(12))
            let personal = try await Self.applicantData(server, agencyID: server.homeAgencyID)
            #expect(personal.contains(citizen.name) && personal.contains(Fixtures.citizen(12).idNumber))
            #expect(personal.count > 40, "only \(personal.count) values to look for")

            let officer = try await server.client(signedInAs: "jingban")
            var pagesSeen = 0
            for filter in WorkQueue.Filter.allCases {
                var target: String? = filter == .all ? "/staff" : "/staff?filter=\(filter.rawValue)"
                while let next = target {
                    let page = try await officer.get(next)
                    Expect.status(page, 200, "queue \(next)")
                    pagesSeen += 1
                    for value in personal where page.html.contains(value) {
                        Issue.record("the queue \(next) shows \(value)")
                    }
                    target = page.html.firstMatch(of: /<a href="([^"]*)">下一页<\/a>/).map { HTML.decodeEntities(String($0.1)) }
                    if pagesSeen > 60 { target = nil }
                }
            }
            #expect(pagesSeen >= WorkQueue.Filter.allCases.count)
            // The case page of the agency's own officer does show them (the check above can fail).
            let casePage = try await officer.get("/staff/cases/\(requestID)")
            #expect(casePage.text.contains(citizen.name) && casePage.text.contains(citizen.idNumber))
        }
    }

    @Test("another agency's officer sees none of it", arguments: TestBackend.available)
    func otherAgency(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let citizen = Fixtures.citizen(13)
            let received = try await server.fileRequest(
                agencyID: server.homeAgencyID, citizen: citizen, files: [("身份证.png", Fixtures.png)])
            let requestID = try await server.confirm(received.submissionID, agencyID: server.homeAgencyID)
            let pending = try await server.fileRequest(agencyID: server.homeAgencyID, citizen: Fixtures.citizen(14))
            let attachment = try #require(try await AttachmentStore.list(requestID: requestID, submissionID: nil, on: server.app.db).first)
            try await server.createStaff("qita-jingban", roles: [.handler, .reviewer, .head], agencyID: server.otherAgencyID)
            let stranger = try await server.client(signedInAs: "qita-jingban", password: TestServer.staffPassword)
            let secrets = [citizen.name, citizen.idNumber, citizen.phone, Fixtures.citizen(14).name, Fixtures.citizen(14).idNumber]
            for path in [
                "/staff/cases/\(requestID)", "/staff/submissions/\(pending.submissionID)",
                "/staff/cases/\(requestID)/attachments/\(try attachment.requireID())", "/staff",
            ] {
                let page = try await stranger.get(path)
                Expect.status(page, path == "/staff" ? 200 : 404, "another agency's officer at \(path)")
                for secret in secrets { #expect(!page.html.contains(secret), "\(path) shows \(secret) to another agency") }
                #expect(!page.bytes.starts(with: Fixtures.png.prefix(8)), "\(path) sent the attachment")
            }
        }
    }

    @Test("trace-level logs of filing and confirming contain no name, ID number or phone", arguments: TestBackend.available)
    func logs(backend: TestBackend) async throws {
        let log = CapturedLog()
        try await TestServer.with(backend, log: log) { server in
            let citizen = Fixtures.citizen(15)
            let browser = server.client()
            let form = try await browser.requestForm(agencyID: server.homeAgencyID, citizen: citizen)
            let receipt = try await browser.submit(form, files: ["files[]": [UploadFile(name: "身份证.png", contentType: "image/png", bytes: Fixtures.png)]])
            Expect.status(receipt, 200, "filing")
            let number = try #require(receipt.text(ofID: "case-number"))

            let officer = try await server.client(signedInAs: "jingban")
            let queue = try await officer.get("/staff")
            let link = try #require(queue.link(text: number), "the queue does not list \(number)")
            let submission = try await officer.get(link)
            #expect(submission.text.contains(citizen.name), "the officer does not see the applicant")
            let casePage = try await officer.follow(try await officer.submit(try submission.form(action: link + "/confirm")))
            Expect.status(casePage, 200, "confirming")
            #expect(casePage.text.contains(citizen.idNumber))
        }
        let text = log.text
        #expect(log.count >= 4, "only \(log.count) log entries at trace level")
        #expect(text.contains("portal request submitted") && text.contains("portal request confirmed"), "the services' own entries are missing")
        let citizen = Fixtures.citizen(15)
        for (what, value) in [("name", citizen.name), ("ID number", citizen.idNumber), ("phone", citizen.phone), ("address", citizen.address)] {
            #expect(!text.contains(value), "the log contains the applicant's \(what)")
        }
    }
}
