import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The portal's 建议提案复文公开: each agency's published replies to deputies' suggestions and
/// members' proposals, as a list and one page per reply. Only replies marked 复文公开 with a
/// reply date are shown; anything else is not found.
enum ProposalPortalPages {
    static func register(_ routes: PortalRoutes) {
        routes.get(.proposalReplies(.key), use: list)
        routes.get(.proposalReply(.key, .key), use: show)
    }

    struct Line: Encodable {
        let url: String
        let kind: String
        let number: String
        let title: String
        let proposers: String
        let role: String
        let repliedOn: String

        init(_ row: ProposalModel, agencyID: UUID) throws {
            url = SiteURL.proposalReply(.value(agencyID), .value(try row.requireID())).path
            kind = ProposalKind(rawValue: row.kind)?.label ?? ""
            number = row.number
            title = row.title
            proposers = row.proposers
            role = ProposalRole(rawValue: row.role)?.label ?? ""
            repliedOn = row.repliedOn ?? ""
        }
    }

    struct ListView: Encodable {
        let page: PageContext
        let agency: AgencyInfo
        let lines: [Line]
    }

    struct ReplyView: Encodable {
        let page: PageContext
        let agency: AgencyInfo
        let line: Line
        let paragraphs: [String]
        let listURL: String
    }

    static func list(_ request: Request) async throws -> View {
        let (agency, profile) = try await PortalPages.loadAgency(request)
        let agencyID = try agency.requireID()
        let rows = try await ProposalRegister(request.services).publishedReplies(agencyID: agencyID)
        let view = ListView(
            page: request.page(title: "建议提案复文公开 - \(agency.name)", section: "home"), agency: .init(agency, profile),
            lines: try rows.map { try Line($0, agencyID: agencyID) })
        return try await request.view.render("portal/proposal-replies", view)
    }

    static func show(_ request: Request) async throws -> View {
        let (agency, profile) = try await PortalPages.loadAgency(request)
        let agencyID = try agency.requireID()
        let row: ProposalModel
        do {
            row = try await ProposalRegister(request.services).publishedReply(try request.id("proposalID"), agencyID: agencyID)
        } catch is ProposalRegister.NotFound {
            throw Abort(.notFound)
        }
        let view = ReplyView(
            page: request.page(title: row.title, section: "home"), agency: .init(agency, profile),
            line: try Line(row, agencyID: agencyID), paragraphs: CatalogueText.paragraphs(row.replyText ?? ""),
            listURL: SiteURL.proposalReplies(.value(agencyID)).path)
        return try await request.view.render("portal/proposal-reply", view)
    }
}
