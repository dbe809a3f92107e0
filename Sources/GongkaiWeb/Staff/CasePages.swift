import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// One request in the console: its applicant (for its own agency only), history, statutory
/// clock and the actions allowed now; recording events, drafting, reviewing and issuing replies.
enum CasePages {
    static func register(_ staff: StaffRoutes) {
        staff.get(.staffCase(.key), roles: .caseworkers, use: show)
        staff.post(.staffCaseEvents(.key), roles: [.handler, .head], use: recordEvent)
        staff.post(.staffCaseDrafts(.key), roles: [.handler], use: draftReply)
        staff.post(.staffDraftDecision(.key, .key), roles: [.reviewer], use: decideDraft)
        staff.post(.staffDraftIssue(.key, .key), roles: [.handler], use: issueReply)
        staff.get(.staffCaseLetter(.key, .key, .key), roles: .caseworkers, use: letter)
        staff.get(.staffAttachment(.key, .key), roles: .caseworkers, use: attachment)
        staff.get(.staffNewRequest, roles: [.handler], use: newRequestForm)
        staff.post(.staffNewRequest, roles: [.handler], use: createRequest)
    }

    /// The request `requestID` of the path if it is the signed-in officer's agency's; another
    /// agency's id is simply not found (the query is scoped, not the page).
    static func loadRow(_ request: Request) async throws -> RequestModel {
        let staff = try request.staff
        guard let row = try await RequestModel.query(on: request.db).filter(\.$id == (try request.id("requestID")))
            .filter(\.$agency.$id == staff.agencyID).first()
        else { throw Abort(.notFound) }
        return row
    }

    static func show(_ request: Request) async throws -> View {
        let row = try await loadRow(request)
        return try await render(request, row: row, problems: nil, form: nil)
    }

    static func render(_ request: Request, row: RequestModel, problems: FormError?, form: String?) async throws -> View {
        let staff = try request.staff
        let id = try row.requireID()
        let core = try await CaseService(request.services).request(id)
        let deadline = request.statutoryClock.deadline(for: core, asOf: request.today)
        let events = try await RequestEventModel.query(on: request.db).filter(\.$request.$id == id).sort(\.$sequence).all()
        let attachments = try await AttachmentStore.list(requestID: id, submissionID: nil, on: request.db)
        let drafts = try await ReplyDrafts(request.services).drafts(requestID: id)
        let letters = try await LetterModel.query(on: request.db).filter(\.$request.$id == id).sort(\.$issuedAt).all()
        let view = CaseView(
            page: request.page(title: "申请 \(core.id.rawValue)", section: "queue"), requestID: id, request: core,
            deliveryForm: row.deliveryForm.flatMap(DeliveryForm.init(rawValue:)), deadline: deadline, events: events,
            attachments: attachments, drafts: drafts, letters: letters, staff: staff,
            allowed: CaseActions.allowed(for: core, today: request.today), today: request.today,
            errors: FieldErrors(problems), openForm: form)
        return try await request.view.render("staff/case", view)
    }

    static func recordEvent(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let row = try await loadRow(request)
        let form = try request.decodeForm(CaseEventForm.self)
        do {
            let (tag, event) = try form.event(today: request.today, approver: staff.displayName)
            if CaseEventForm.headOnly.contains(tag), !staff.has(.head) { throw RoleRefused(allowed: [.head]) }
            try await NoticeLetters(request.services).record(
                event, on: try row.requireID(), agencyID: staff.agencyID, extras: form.extras, actor: staff.actor,
                expectedVersion: form.version)
            request.webSession.flash("已记录：\(tag.label)（\(event.date.chineseText)）")
            return request.redirect(to: SiteURL.staffCase(.value(try row.requireID())).path)
        } catch let error as FormError {
            return try await render(request, row: row, problems: error, form: form.action)
                .encodeResponse(status: .unprocessableEntity, for: request)
        } catch let error as CaseServiceError {
            let problem = FormError([FieldProblem(field: "action", message: error.userMessage)])
            let status = ErrorStatus.status(for: error.category)
            return try await render(request, row: try await loadRow(request), problems: problem, form: form.action)
                .encodeResponse(status: status, for: request)
        }
    }


    static func draftReply(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let row = try await loadRow(request)
        let reply = try? request.content.get(String.self, at: "reply")
        let details = try request.content.decode(ReplyDetailsInput.self)
        do {
            guard let reply = ReplyChoice.reply(for: reply ?? "") else {
                throw FormError([FieldProblem(field: "reply", message: "请选择答复类型")])
            }
            try await ReplyDrafts(request.services).draft(
                requestID: try row.requireID(), agencyID: staff.agencyID, reply: reply, input: details, actor: staff.actor)
            request.webSession.flash("答复稿已提交审核。")
            return request.redirect(to: SiteURL.staffCase(.value(try row.requireID())).path)
        } catch let error as FormError {
            return try await render(request, row: row, problems: error, form: "draft")
                .encodeResponse(status: .unprocessableEntity, for: request)
        }
    }

    struct DecisionInput: Content {
        var decision: String?
        var note: String?
    }

    static func decideDraft(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let row = try await loadRow(request)
        let input = try request.content.decode(DecisionInput.self)
        do {
            try await ReplyDrafts(request.services).decide(
                draftID: try request.id("draftID"), requestID: try row.requireID(), agencyID: staff.agencyID,
                approve: input.decision == "approve", note: input.note ?? "", reviewer: staff.actor)
            request.webSession.flash(input.decision == "approve" ? "已批准答复稿，经办人可签发。" : "已退回答复稿。")
            return request.redirect(to: SiteURL.staffCase(.value(try row.requireID())).path)
        } catch let error as FormError {
            return try await render(request, row: row, problems: error, form: "decision")
                .encodeResponse(status: .unprocessableEntity, for: request)
        }
    }

    static func issueReply(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let row = try await loadRow(request)
        let form = try request.decodeForm(CaseEventForm.self)
        do {
            try await ReplyIssuing(request.services).issue(
                draftID: try request.id("draftID"), requestID: try row.requireID(), agencyID: staff.agencyID,
                expectedVersion: form.version, actor: staff.actor)
        } catch let error as FormError {
            return try await render(request, row: row, problems: error, form: "draft")
                .encodeResponse(status: .unprocessableEntity, for: request)
        } catch let error as CaseServiceError {
            let problem = FormError([FieldProblem(field: "action", message: error.userMessage)])
            return try await render(request, row: row, problems: problem, form: nil)
                .encodeResponse(status: ErrorStatus.status(for: error.category), for: request)
        }
        request.webSession.flash("答复书已签发，已记入办理过程，申请人可在网上查看和下载。")
        return request.redirect(to: SiteURL.staffCase(.value(try row.requireID())).path)
    }

    static func letter(_ request: Request) async throws -> Response {
        let row = try await loadRow(request)
        guard let letter = try await LetterModel.query(on: request.db).filter(\.$id == (try request.id("letterID")))
            .filter(\.$request.$id == (try row.requireID())).first()
        else { throw Abort(.notFound) }
        return try await LetterDownloads.response(for: letter, format: request.parameters.get("format") ?? "", request: request)
    }

    static func attachment(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let row = try await loadRow(request)
        guard let (model, bytes) = try await AttachmentStore.read(try request.id("attachmentID"), agencyID: staff.agencyID, on: request.db),
            model.$request.id == row.id
        else { throw Abort(.notFound) }
        let response = Response(status: .ok, body: .init(data: bytes))
        response.headers.replaceOrAdd(name: .contentType, value: model.contentType)
        response.headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename*=UTF-8''" + (model.fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "file"))
        return response
    }
}
