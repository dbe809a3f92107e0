import Foundation
import Vapor

/// A path parameter: `.key` when registering a route (":name"), `.value` when making a link.
enum Parameter<T: Sendable>: Sendable {
    case key
    case value(T)
}

/// Every page and action of the site, typed: routes are registered from these and links are
/// made from these, so a path is never typed twice.
enum SiteURL: Sendable {
    // Portal
    case home
    case agency(Parameter<UUID>)
    case apply(Parameter<UUID>)
    case statusLookup
    case status(Parameter<UUID>)
    case statusCorrection(Parameter<UUID>)
    case statusWithdraw(Parameter<UUID>)
    case statusLetter(Parameter<UUID>, Parameter<UUID>, Parameter<String>)
    // Portal: proactive disclosure
    case catalogue(Parameter<UUID>)
    case catalogueItem(Parameter<UUID>, Parameter<UUID>)
    case catalogueFeed(Parameter<UUID>)
    case guide(Parameter<UUID>)
    case sitemap
    // Staff: sign-in
    case signIn(next: String?)
    case signOut
    // Staff: requests
    case staffHome
    case staffSubmission(Parameter<UUID>)
    case staffSubmissionConfirm(Parameter<UUID>)
    case staffNewRequest
    case staffCase(Parameter<UUID>)
    case staffCaseEvents(Parameter<UUID>)
    case staffCaseDrafts(Parameter<UUID>)
    case staffDraftDecision(Parameter<UUID>, Parameter<UUID>)
    case staffDraftIssue(Parameter<UUID>, Parameter<UUID>)
    case staffCaseLetter(Parameter<UUID>, Parameter<UUID>, Parameter<String>)
    case staffAttachment(Parameter<UUID>, Parameter<UUID>)
    // Staff: records and report
    case staffAppeals
    case staffAppealDecision(Parameter<UUID>)
    case staffRegisters
    case staffReport(Parameter<Int>)
    case staffReportSections(Parameter<Int>)
    // Staff: the catalogue (政府信息公开目录)
    case staffCatalogue
    case staffCatalogueNew
    case staffCatalogueItem(Parameter<UUID>)
    case staffCatalogueReview(Parameter<UUID>)
    case staffCatalogueSign(Parameter<UUID>)
    case staffCatalogueWithdraw(Parameter<UUID>)
    case staffCatalogueCorrect(Parameter<UUID>)
    case staffCatalogueValidity(Parameter<UUID>)
    // Staff: administration
    case staffUsers
    case staffUser(Parameter<UUID>)
    case staffAgencyProfile
    case staffAudit
    case staffGuide
    case staffCatalogueSettings
    // Supervision (督办): a region's annual reports
    case staffSupervision
    case staffSupervisionYear(Parameter<Int>)
    case staffSupervisionUploads(Parameter<Int>)
    case staffSupervisionConfirm(Parameter<Int>)
    case staffSupervisionExport(Parameter<Int>)
    case staffSupervisionChart(Parameter<Int>, Parameter<String>)
    case staffSupervisionRoster
    case staffSupervisionRegions
    // Administration: API tokens
    case staffTokens
    case staffTokenRevoke(Parameter<UUID>)
    // The JSON API's document
    case apiDocument
    // Static files and the liveness check
    case stylesheet
    case health
    // Supervision (督办), continued: the scoring scheme, the region's sums with their drill-down, a file as received
    case staffSupervisionScoring
    case staffSupervisionSums(Parameter<Int>)
    case staffSupervisionSumCell(Parameter<Int>, Parameter<String>)
    case staffSupervisionFile(Parameter<UUID>)
    // 建议提案办理: the register (staff) and published replies (portal)
    case staffProposals
    case staffProposalNew
    case staffProposal(Parameter<UUID>)
    case staffProposalReply(Parameter<UUID>)
    case staffProposalSettings
    case proposalReplies(Parameter<UUID>)
    case proposalReply(Parameter<UUID>, Parameter<UUID>)
    // Catalogue attachments
    case staffCatalogueAttachments(Parameter<UUID>)
    case staffCatalogueAttachment(Parameter<UUID>, Parameter<UUID>)
    case staffCatalogueAttachmentDelete(Parameter<UUID>, Parameter<UUID>)
    case catalogueAttachment(Parameter<UUID>, Parameter<UUID>, Parameter<UUID>)

    // The annual report's publishing workflow and its published versions (issue 10).
    case staffReportWorkflow(Parameter<Int>)
    case staffReportSubmit(Parameter<Int>)
    case staffReportPass(Parameter<Int>)
    case staffReportReturn(Parameter<Int>)
    case staffReportSign(Parameter<Int>)
    case staffReportRelease(Parameter<Int>)
    case annualReport(Parameter<UUID>, Parameter<Int>)
    case annualReportFile(Parameter<UUID>, Parameter<Int>, Parameter<String>)

    /// The path segments, with ":name" for a `.key` parameter.
    var segments: [String] {
        switch self {
        case .home: []
        case .agency(let id): ["agencies", Self.text(id, "agencyID")]
        case .apply(let id): ["agencies", Self.text(id, "agencyID"), "apply"]
        case .statusLookup: ["status"]
        case .status(let id): ["status", Self.text(id, "submissionID")]
        case .statusCorrection(let id): ["status", Self.text(id, "submissionID"), "correction"]
        case .statusWithdraw(let id): ["status", Self.text(id, "submissionID"), "withdraw"]
        case .statusLetter(let id, let letter, let format):
            ["status", Self.text(id, "submissionID"), "letters", Self.text(letter, "letterID"), Self.text(format, "format")]
        case .catalogue(let id): ["agencies", Self.text(id, "agencyID"), "catalogue"]
        case .catalogueItem(let id, let item): ["agencies", Self.text(id, "agencyID"), "catalogue", Self.text(item, "itemID")]
        case .catalogueFeed(let id): ["agencies", Self.text(id, "agencyID"), "feed.xml"]
        case .guide(let id): ["agencies", Self.text(id, "agencyID"), "guide"]
        case .sitemap: ["sitemap.xml"]
        case .signIn: ["staff", "login"]
        case .signOut: ["staff", "logout"]
        case .staffHome: ["staff"]
        case .staffSubmission(let id): ["staff", "submissions", Self.text(id, "submissionID")]
        case .staffSubmissionConfirm(let id): ["staff", "submissions", Self.text(id, "submissionID"), "confirm"]
        case .staffNewRequest: ["staff", "requests", "new"]
        case .staffCase(let id): ["staff", "cases", Self.text(id, "requestID")]
        case .staffCaseEvents(let id): ["staff", "cases", Self.text(id, "requestID"), "events"]
        case .staffCaseDrafts(let id): ["staff", "cases", Self.text(id, "requestID"), "drafts"]
        case .staffDraftDecision(let id, let draft):
            ["staff", "cases", Self.text(id, "requestID"), "drafts", Self.text(draft, "draftID"), "decision"]
        case .staffDraftIssue(let id, let draft):
            ["staff", "cases", Self.text(id, "requestID"), "drafts", Self.text(draft, "draftID"), "issue"]
        case .staffCaseLetter(let id, let letter, let format):
            ["staff", "cases", Self.text(id, "requestID"), "letters", Self.text(letter, "letterID"), Self.text(format, "format")]
        case .staffAttachment(let id, let attachment):
            ["staff", "cases", Self.text(id, "requestID"), "attachments", Self.text(attachment, "attachmentID")]
        case .staffAppeals: ["staff", "appeals"]
        case .staffAppealDecision(let id): ["staff", "appeals", Self.text(id, "appealID"), "decision"]
        case .staffRegisters: ["staff", "registers"]
        case .staffReport(let year): ["staff", "reports", Self.text(year, "year")]
        case .staffReportSections(let year): ["staff", "reports", Self.text(year, "year"), "sections"]
        case .staffCatalogue: ["staff", "catalogue"]
        case .staffCatalogueNew: ["staff", "catalogue", "new"]
        case .staffCatalogueItem(let id): ["staff", "catalogue", Self.text(id, "itemID")]
        case .staffCatalogueReview(let id): ["staff", "catalogue", Self.text(id, "itemID"), "review"]
        case .staffCatalogueSign(let id): ["staff", "catalogue", Self.text(id, "itemID"), "sign"]
        case .staffCatalogueWithdraw(let id): ["staff", "catalogue", Self.text(id, "itemID"), "withdraw"]
        case .staffCatalogueCorrect(let id): ["staff", "catalogue", Self.text(id, "itemID"), "correct"]
        case .staffCatalogueValidity(let id): ["staff", "catalogue", Self.text(id, "itemID"), "validity"]
        case .staffGuide: ["staff", "admin", "guide"]
        case .staffCatalogueSettings: ["staff", "admin", "catalogue"]
        case .staffUsers: ["staff", "admin", "users"]
        case .staffUser(let id): ["staff", "admin", "users", Self.text(id, "userID")]
        case .staffAgencyProfile: ["staff", "admin", "agency"]
        case .staffAudit: ["staff", "admin", "audit"]
        case .staffSupervision: ["staff", "supervision"]
        case .staffSupervisionYear(let year): ["staff", "supervision", Self.text(year, "year")]
        case .staffSupervisionUploads(let year): ["staff", "supervision", Self.text(year, "year"), "uploads"]
        case .staffSupervisionConfirm(let year): ["staff", "supervision", Self.text(year, "year"), "confirm"]
        case .staffSupervisionExport(let year): ["staff", "supervision", Self.text(year, "year"), "board.xlsx"]
        case .staffSupervisionChart(let year, let chart):
            ["staff", "supervision", Self.text(year, "year"), "charts", Self.text(chart, "chart")]
        case .staffSupervisionRoster: ["staff", "supervision", "roster"]
        case .staffSupervisionRegions: ["staff", "supervision", "regions"]
        case .staffTokens: ["staff", "admin", "tokens"]
        case .staffTokenRevoke(let id): ["staff", "admin", "tokens", Self.text(id, "tokenID"), "revoke"]
        case .apiDocument: ["api", "openapi.yaml"]
        case .stylesheet: ["static", "site.css"]
        case .health: ["health"]
        case .staffReportWorkflow(let year): ["staff", "reports", Self.text(year, "year"), "publish"]
        case .staffReportSubmit(let year): ["staff", "reports", Self.text(year, "year"), "publish", "submit"]
        case .staffReportPass(let year): ["staff", "reports", Self.text(year, "year"), "publish", "pass"]
        case .staffReportReturn(let year): ["staff", "reports", Self.text(year, "year"), "publish", "return"]
        case .staffReportSign(let year): ["staff", "reports", Self.text(year, "year"), "publish", "sign"]
        case .staffReportRelease(let year): ["staff", "reports", Self.text(year, "year"), "publish", "release"]
        case .annualReport(let id, let year): ["agencies", Self.text(id, "agencyID"), "reports", Self.text(year, "year")]
        case .annualReportFile(let id, let year, let format):
            ["agencies", Self.text(id, "agencyID"), "reports", Self.text(year, "year"), Self.text(format, "format")]
        case .staffSupervisionScoring: ["staff", "supervision", "scoring"]
        case .staffSupervisionSums(let year): ["staff", "supervision", Self.text(year, "year"), "sums"]
        case .staffSupervisionSumCell(let year, let cell): ["staff", "supervision", Self.text(year, "year"), "sums", Self.text(cell, "cell")]
        case .staffSupervisionFile(let id): ["staff", "supervision", "files", Self.text(id, "uploadFileID")]
        case .staffProposals: ["staff", "proposals"]
        case .staffProposalNew: ["staff", "proposals", "new"]
        case .staffProposal(let id): ["staff", "proposals", Self.text(id, "proposalID")]
        case .staffProposalReply(let id): ["staff", "proposals", Self.text(id, "proposalID"), "reply"]
        case .staffProposalSettings: ["staff", "admin", "proposals"]
        case .proposalReplies(let id): ["agencies", Self.text(id, "agencyID"), "proposal-replies"]
        case .proposalReply(let id, let proposal): ["agencies", Self.text(id, "agencyID"), "proposal-replies", Self.text(proposal, "proposalID")]
        case .staffCatalogueAttachments(let id): ["staff", "catalogue", Self.text(id, "itemID"), "files"]
        case .staffCatalogueAttachment(let id, let file): ["staff", "catalogue", Self.text(id, "itemID"), "files", Self.text(file, "fileID")]
        case .staffCatalogueAttachmentDelete(let id, let file):
            ["staff", "catalogue", Self.text(id, "itemID"), "files", Self.text(file, "fileID"), "delete"]
        case .catalogueAttachment(let id, let item, let file):
            ["agencies", Self.text(id, "agencyID"), "catalogue", Self.text(item, "itemID"), "files", Self.text(file, "fileID")]
        }
    }

    /// The link: "/agencies/…".
    var path: String {
        var path = "/" + segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }
            .joined(separator: "/")
        if case .signIn(let next?) = self, next.hasPrefix("/"), !next.hasPrefix("//") {
            path += "?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        }
        return path
    }

    /// The route's path components for registration.
    var pathComponents: [PathComponent] {
        segments.map { $0.hasPrefix(":") ? .parameter(String($0.dropFirst())) : .constant($0) }
    }

    private static func text<T>(_ parameter: Parameter<T>, _ name: String) -> String {
        switch parameter {
        case .key: ":" + name
        case .value(let value): "\(value)"
        }
    }
}

extension Request {
    /// The UUID path parameter `name`, or 404 (a malformed id is just an unknown page).
    func id(_ name: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else { throw Abort(.notFound) }
        return id
    }
}
