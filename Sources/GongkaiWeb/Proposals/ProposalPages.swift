import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The 建议提案办理 register: the year's suggestions and proposals with their last days and
/// overdue flags, 办复率 and 满意率; 经办人 register them and record replies; the 管理员 sets the
/// 办理期限. Every query is scoped to the signed-in officer's agency.
enum ProposalPages {
    static let viewers: Set<StaffRole> = [.handler, .reviewer, .head, .admin]

    static func register(_ staff: StaffRoutes) {
        staff.get(.staffProposals, roles: viewers, use: list)
        staff.get(.staffProposalNew, roles: [.handler], use: newForm)
        staff.post(.staffProposalNew, roles: [.handler], use: create)
        staff.get(.staffProposal(.key), roles: viewers, use: show)
        staff.post(.staffProposal(.key), roles: [.handler], use: edit)
        staff.post(.staffProposalReply(.key), roles: [.handler], use: reply)
        staff.post(.staffProposalSettings, roles: [.admin], use: saveSettings)
    }

    static func list(_ request: Request) async throws -> View {
        try await renderList(request, settingsForm: nil, problems: nil)
    }

    static func renderList(_ request: Request, settingsForm: [String: String]?, problems: FormError?) async throws -> View {
        let staff = try request.staff
        let year = request.query[Int.self, at: "year"] ?? request.today.year
        guard (2000...2100).contains(year) else { throw Abort(.notFound) }
        let register = ProposalRegister(request.services)
        let rows = try await register.list(agencyID: staff.agencyID, year: year)
        let rule = try await ProposalDeadlines(request.services).rule(agencyID: staff.agencyID)
        let view = try ProposalListView(
            page: request.page(title: "建议提案办理", section: "proposals"), year: year, rows: rows, today: request.today,
            rule: rule, settingsForm: settingsForm, errors: FieldErrors(problems), staff: staff)
        return try await request.view.render("staff/proposals", view)
    }

    static func newForm(_ request: Request) async throws -> View {
        var input = ProposalInput()
        input.kind = ProposalKind.deputySuggestion.rawValue
        input.role = ProposalRole.lead.rawValue
        input.assignedOn = request.today.description
        return try await renderForm(request, input: input, problems: nil)
    }

    static func renderForm(_ request: Request, input: ProposalInput, problems: FormError?) async throws -> View {
        let view = ProposalFormView(
            page: request.page(title: "登记建议提案", section: "proposals"), action: SiteURL.staffProposalNew.path, input: input,
            errors: FieldErrors(problems))
        return try await request.view.render("staff/proposal-new", view)
    }

    static func create(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let input = try request.decodeForm(ProposalInput.self)
        do {
            let id = try await ProposalRegister(request.services).create(input, agencyID: staff.agencyID, actor: staff.actor)
            request.webSession.flash("已登记，办理期限已按本机关规则计算。")
            return request.redirect(to: SiteURL.staffProposal(.value(id)).path)
        } catch let error as FormError {
            return try await renderForm(request, input: input, problems: error).encodeResponse(status: .unprocessableEntity, for: request)
        }
    }

    static func show(_ request: Request) async throws -> View {
        let staff = try request.staff
        let row = try await ProposalRegister(request.services).find(try request.id("proposalID"), agencyID: staff.agencyID)
        return try await renderRecord(request, row: row, edit: nil, reply: nil, problems: nil)
    }

    static func renderRecord(
        _ request: Request, row: ProposalModel, edit: ProposalInput?, reply: ProposalReplyInput?, problems: FormError?
    ) async throws -> View {
        let staff = try request.staff
        let view = try ProposalRecordView(
            page: request.page(title: "\(row.number) \(row.title)", section: "proposals"), row: row, today: request.today,
            edit: edit, reply: reply, errors: FieldErrors(problems), canEdit: staff.has(.handler), agencyID: staff.agencyID)
        return try await request.view.render("staff/proposal", view)
    }

    static func edit(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let id = try request.id("proposalID")
        let input = try request.decodeForm(ProposalInput.self)
        let register = ProposalRegister(request.services)
        do {
            try await register.edit(id: id, input, agencyID: staff.agencyID, actor: staff.actor)
        } catch let error as FormError {
            let row = try await register.find(id, agencyID: staff.agencyID)
            return try await renderRecord(request, row: row, edit: input, reply: nil, problems: error)
                .encodeResponse(status: .unprocessableEntity, for: request)
        }
        request.webSession.flash("已保存。")
        return request.redirect(to: SiteURL.staffProposal(.value(id)).path)
    }

    static func reply(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let id = try request.id("proposalID")
        let input = try request.decodeForm(ProposalReplyInput.self)
        let register = ProposalRegister(request.services)
        do {
            try await register.recordReply(id: id, input, agencyID: staff.agencyID, actor: staff.actor)
        } catch let error as FormError {
            let row = try await register.find(id, agencyID: staff.agencyID)
            return try await renderRecord(request, row: row, edit: nil, reply: input, problems: error)
                .encodeResponse(status: .unprocessableEntity, for: request)
        }
        request.webSession.flash("已保存答复情况。")
        return request.redirect(to: SiteURL.staffProposal(.value(id)).path)
    }

    static func saveSettings(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let form = try request.decodeForm([String: String].self)
        do {
            try await ProposalDeadlines(request.services).save(form, agencyID: staff.agencyID, actor: staff.actor)
        } catch let error as FormError {
            return try await renderList(request, settingsForm: form, problems: error).encodeResponse(status: .unprocessableEntity, for: request)
        }
        request.webSession.flash("办理期限已保存，此后登记或修改的件按新期限计算。")
        return request.redirect(to: SiteURL.staffProposals.path)
    }
}

extension ProposalInput: Content {}
extension ProposalReplyInput: Content {}
