import Fluent
import Foundation
import GongkaiApp
import GongkaiCore
import Testing
import Vapor

@testable import GongkaiWeb

/// Two agencies with something behind every kind of id a route takes — a pending online
/// request, a received one with an attachment and a draft reply waiting for review, one
/// answered with a letter, a staff account — so that every route can be called with real ids
/// of the caller's own agency and of another.
struct Scene: Sendable {
    /// The ids of one agency.
    struct IDs: Sendable {
        let agencyID: UUID
        /// A request filed online, waiting for confirmation.
        let pendingSubmissionID: UUID
        /// A received request with an attachment and a draft waiting for review.
        let requestID: UUID
        let submissionID: UUID
        let draftID: UUID
        let attachmentID: UUID
        /// A request answered with a letter (`nil` where issuing is not available yet).
        let letter: (id: UUID, requestID: UUID, submissionID: UUID)?
        /// A staff account of the agency (not one the tests sign in with).
        let userID: UUID
        /// A pending reconsideration about one of its requests.
        let appealID: UUID
        /// The case numbers, which must never appear on another agency's pages.
        let caseNumbers: [String]
        /// An API token of the agency.
        let tokenID: UUID
        /// A catalogue item waiting for its 保密审查.
        let catalogueItemID: UUID
        /// A report file the demo's 督办 uploaded for the home side (江东市); none (a random id) for the other.
        var supervisionFileID = UUID()
        /// A 建议提案 record whose reply is published (复文公开).
        var proposalID = UUID()
        /// A file on the catalogue item.
        var catalogueFileID = UUID()
    }

    let home: IDs
    let other: IDs
    /// Usernames of the other agency's accounts (password `TestServer.staffPassword`).
    static let otherAdmin = "qita-guanli"
    static let otherHandler = "qita-jingban"

    static func make(_ server: TestServer) async throws -> Scene {
        try await server.createStaff(otherAdmin, roles: [.admin], agencyID: server.otherAgencyID)
        let otherHandlerID = try await server.createStaff(otherHandler, roles: [.handler], agencyID: server.otherAgencyID)
        let homeUserID = try await server.createStaff("matrix-target", roles: [.handler], agencyID: server.homeAgencyID)
        var home = try await ids(server, agencyID: server.homeAgencyID, userID: homeUserID, serial: 1)
        home.supervisionFileID = try #require(try await SupervisionFileModel.query(on: server.app.db).first()).requireID()
        return Scene(
            home: home,
            other: try await ids(server, agencyID: server.otherAgencyID, userID: otherHandlerID, serial: 2))
    }

    private static func ids(_ server: TestServer, agencyID: UUID, userID: UUID, serial: Int) async throws -> IDs {
        let pending = try await server.fileRequest(agencyID: agencyID, citizen: Fixtures.citizen(serial * 10))
        let received = try await server.fileRequest(
            agencyID: agencyID, citizen: Fixtures.citizen(serial * 10 + 1), files: [("身份证.png", Fixtures.png)])
        let requestID = try await server.confirm(received.submissionID, agencyID: agencyID)
        let draftID = try await server.draftReply(requestID: requestID, agencyID: agencyID)
        let attachments = try await AttachmentStore.list(requestID: requestID, submissionID: nil, on: server.app.db)
        let attachmentID = try #require(attachments.first?.id)
        let answered = try await server.fileRequest(agencyID: agencyID, citizen: Fixtures.citizen(serial * 10 + 2))
        let answeredID = try await server.confirm(answered.submissionID, agencyID: agencyID)
        let letterID = try await server.issueReply(requestID: answeredID, agencyID: agencyID)
        let appealID = try await server.fileAppeal(
            agencyID: agencyID, requestCaseNumber: answered.caseNumber, caseNumber: "江东复〔\(server.clock.appClock.today.year)〕\(serial)号")
        var ids = IDs(
            agencyID: agencyID, pendingSubmissionID: pending.submissionID, requestID: requestID,
            submissionID: received.submissionID, draftID: draftID, attachmentID: attachmentID,
            letter: letterID.map { ($0, answeredID, answered.submissionID) }, userID: userID, appealID: appealID,
            caseNumbers: [pending.caseNumber, received.caseNumber, answered.caseNumber],
            tokenID: try await APITokens(server.services).create(
                name: "矩阵测试", roles: StaffRoles([.handler]), agencyID: agencyID, actor: "测试（fixture）").model.requireID(),
            catalogueItemID: try await server.draftCatalogueItem(agencyID: agencyID, title: "场景目录条目\(serial)"))
        ids.proposalID = try await server.publishedProposal(agencyID: agencyID, number: "场景第\(serial)号")
        ids.catalogueFileID = try await CatalogueAttachments(server.services).add(
            itemID: ids.catalogueItemID, name: "场景附件.png", bytes: Fixtures.png, agencyID: agencyID, officer: TestServer.fixtureDrafter)
        return ids
    }

    /// The path of `route` with `ids` put in for its parameters; fails the test for a parameter
    /// this scene does not know (a new kind of id needs a line here).
    static func path(_ route: RegisteredRoute, ids: IDs, year: Int) throws -> String {
        let usesLetter = route.pattern.contains(":letterID")
        var segments: [String] = []
        for segment in route.pattern {
            guard segment.hasPrefix(":") else {
                segments.append(segment)
                continue
            }
            let value: String? =
                switch segment {
                case ":agencyID": ids.agencyID.uuidString
                case ":submissionID":
                    // The console's submission pages are for requests waiting for confirmation.
                    (usesLetter
                        ? ids.letter?.submissionID ?? ids.submissionID
                        : route.pattern.first == "staff" ? ids.pendingSubmissionID : ids.submissionID).uuidString
                case ":requestID": (usesLetter ? ids.letter?.requestID ?? ids.requestID : ids.requestID).uuidString
                case ":draftID": ids.draftID.uuidString
                case ":letterID": (ids.letter?.id ?? UUID()).uuidString
                case ":attachmentID": ids.attachmentID.uuidString
                case ":userID": ids.userID.uuidString
                case ":appealID": ids.appealID.uuidString
                case ":itemID": ids.catalogueItemID.uuidString
                // Word: a real download without LibreOffice's seconds (the journey fetches the PDF).
                case ":format": "docx"
                case ":year": String(year)
                case ":chart": "results"
                case ":tokenID": ids.tokenID.uuidString
                // A published report (JSON API): the matrix calls it without a token.
                case ":reportID": UUID().uuidString
                case ":uploadFileID": ids.supervisionFileID.uuidString
                case ":cell": "requests.total%5B6%5D"
                case ":proposalID": ids.proposalID.uuidString
                case ":fileID": ids.catalogueFileID.uuidString
                default: nil
                }
            segments.append(try #require(value, "the scene has no value for \(segment) in \(route.pattern.joined(separator: "/"))"))
        }
        return "/" + segments.joined(separator: "/")
    }
}

extension TestServer {
    /// Answers `requestID` 予以公开 the way the console does — drafted, approved by another
    /// person, issued — and returns the letter's id; `nil` while issuing is not implemented.
    func issueReply(requestID: UUID, agencyID: UUID) async throws -> UUID? {
        let draftID = try await draftReply(requestID: requestID, agencyID: agencyID)
        try await ReplyDrafts(services).decide(
            draftID: draftID, requestID: requestID, agencyID: agencyID, approve: true, note: "", reviewer: "测试审核（fixture）")
        do {
            try await ReplyIssuing(services).issue(
                draftID: draftID, requestID: requestID, agencyID: agencyID, expectedVersion: nil, actor: "测试经办（fixture）")
        } catch let abort as any AbortError where abort.status == .notImplemented {
            return nil
        }
        return try await LetterModel.query(on: app.db).filter(\.$request.$id == requestID).first()?.requireID()
    }
}
