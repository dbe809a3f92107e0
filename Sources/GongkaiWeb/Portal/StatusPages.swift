import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// Following a request: the lookup by 申请编号 + 查询码 unlocks the request for this browser
/// session; then its status page, the online 补正 form and withdrawal.
enum StatusPages {
    /// The session key listing the submissions this browser has unlocked.
    static let accessKey = "portalAccess"

    static func register(_ routes: PortalRoutes) {
        routes.get(.statusLookup, use: lookupForm)
        routes.post(.statusLookup, use: lookup)
        routes.get(.status(.key), use: status)
        routes.post(.statusCorrection(.key), use: correction)
        routes.get(.statusWithdraw(.key), use: withdrawConfirmation)
        routes.post(.statusWithdraw(.key), use: withdraw)
        routes.get(.statusLetter(.key, .key, .key), use: letter)
    }

    struct LookupInput: Content {
        var caseNumber: String?
        var queryCode: String?
    }

    static func lookupForm(_ request: Request) async throws -> View {
        try await request.view.render(
            "portal/lookup",
            LookupView(page: request.page(title: "查询申请办理情况", section: "status", forms: true), input: LookupInput(), error: nil))
    }

    static func lookup(_ request: Request) async throws -> Response {
        let input = try request.content.decode(LookupInput.self)
        try await request.enforce(request.application.platform.settings.limits.statusLookup)
        let service = PortalService(request.services)
        guard let submission = try await service.lookup(caseNumber: input.caseNumber ?? "", queryCode: input.queryCode ?? "")
        else {
            var shown = input
            shown.queryCode = nil
            let view = LookupView(
                page: request.page(title: "查询申请办理情况", section: "status", forms: true), input: shown,
                error: "申请编号或查询码不正确。请核对回执上的申请编号和查询码（查询码不区分大小写，可省略短横线）。")
            return try await request.view.render("portal/lookup", view).encodeResponse(status: .unprocessableEntity, for: request)
        }
        let id = try submission.requireID()
        var unlocked = Set((request.webSession[accessKey] ?? "").split(separator: ",").map(String.init))
        unlocked.insert(id.uuidString)
        request.webSession[accessKey] = unlocked.sorted().suffix(20).joined(separator: ",")
        return request.redirect(to: SiteURL.status(.value(id)).path)
    }

    /// The submission of the path if this session has unlocked it; otherwise the lookup page.
    static func unlockedSubmission(_ request: Request) async throws -> PortalSubmissionModel {
        let id = try request.id("submissionID")
        let unlocked = (request.webSession[accessKey] ?? "").split(separator: ",").map(String.init)
        guard unlocked.contains(id.uuidString), let submission = try await PortalSubmissionModel.find(id, on: request.db) else {
            throw StatusLocked()
        }
        return submission
    }

    static func status(_ request: Request) async throws -> Response {
        let id = try request.id("submissionID")
        let unlocked = (request.webSession[accessKey] ?? "").split(separator: ",").map(String.init)
        guard unlocked.contains(id.uuidString), let (_, version) = try await ChangeVersions(request.services).submission(id)
        else { return request.redirect(to: SiteURL.statusLookup.path) }
        return try await request.cachedPage(key: "status|\(id)", version: version) {
            guard let submission = try await PortalSubmissionModel.find(id, on: request.db) else { throw Abort(.notFound) }
            return try await statusView(request, submission: submission, correctionError: nil, cacheable: true)
        }
    }

    static func renderStatus(_ request: Request, submission: PortalSubmissionModel, correctionError: FormError?, status: HTTPStatus = .ok)
        async throws -> Response
    {
        try await statusView(request, submission: submission, correctionError: correctionError, cacheable: false)
            .encodeResponse(status: status, for: request)
    }

    static func statusView(_ request: Request, submission: PortalSubmissionModel, correctionError: FormError?, cacheable: Bool)
        async throws -> View
    {
        let state = try await PortalService(request.services).publicStatus(of: submission, clock: request.statutoryClock)
        let view = StatusView(
            page: request.page(title: "申请办理情况 \(state.caseNumber)", section: "status", forms: true, cacheable: cacheable),
            status: .init(state), errors: FieldErrors(correctionError),
            maxMegabytes: request.application.platform.settings.uploads.maximumBytes >> 20)
        return try await request.view.render("portal/status", view)
    }

    struct CorrectionInput: Content {
        var correction: String?
        var files: [File]?
    }

    static func correction(_ request: Request) async throws -> Response {
        let submission = try await unlockedSubmission(request)
        try await request.enforce(request.application.platform.settings.limits.portalAction)
        let input = try request.content.decode(CorrectionInput.self)
        do {
            try await PortalService(request.services, uploads: request.application.platform.settings.uploads)
                .supplyCorrection(submission, text: input.correction ?? "", files: RequestFormInput.uploads(input.files))
        } catch let error as FormError {
            return try await renderStatus(request, submission: submission, correctionError: error, status: .unprocessableEntity)
        }
        request.webSession.flash("补正材料已提交，答复期限自今日起重新计算。")
        return request.redirect(to: SiteURL.status(.value(try submission.requireID())).path)
    }

    static func withdrawConfirmation(_ request: Request) async throws -> View {
        let submission = try await unlockedSubmission(request)
        return try await request.view.render(
            "portal/withdraw",
            WithdrawView(
                page: request.page(title: "撤回申请", section: "status", forms: true), caseNumber: submission.caseNumber,
                actionURL: SiteURL.statusWithdraw(.value(try submission.requireID())).path,
                backURL: SiteURL.status(.value(try submission.requireID())).path))
    }

    static func withdraw(_ request: Request) async throws -> Response {
        let submission = try await unlockedSubmission(request)
        try await request.enforce(request.application.platform.settings.limits.portalAction)
        try await PortalService(request.services).withdraw(submission)
        request.webSession.flash("申请已撤回。")
        return request.redirect(to: SiteURL.status(.value(try submission.requireID())).path)
    }

    static func letter(_ request: Request) async throws -> Response {
        let submission = try await unlockedSubmission(request)
        guard let requestID = submission.$request.id else { throw Abort(.notFound) }
        let letterID = try request.id("letterID")
        guard let letter = try await LetterModel.query(on: request.db).filter(\.$id == letterID)
            .filter(\.$request.$id == requestID).filter(\.$visibleToApplicant == true).first()
        else { throw Abort(.notFound) }
        return try await LetterDownloads.response(for: letter, format: request.parameters.get("format") ?? "", request: request)
    }
}

/// A status page opened without unlocking it first.
struct StatusLocked: CategorizedError {
    var category: ErrorCategory { .notFound }
    var userMessage: String { "请先输入申请编号和查询码查询" }
}

struct LookupView: Encodable {
    let page: PageContext
    let input: StatusPages.LookupInput
    let error: String?
}

struct WithdrawView: Encodable {
    let page: PageContext
    let caseNumber: String
    let actionURL: String
    let backURL: String
}

struct StatusView: Encodable {
    struct State: Encodable {
        struct Step: Encodable {
            let date: String
            let text: String
        }

        struct Letter: Encodable {
            let title: String
            let number: String
            let issuedOn: String
            let pdfURL: String
            let docxURL: String
        }

        let caseNumber: String
        let agencyName: String
        let submittedOn: String
        let stateLabel: String
        let receivedOn: String?
        let dueDate: String?
        let deadlineLabel: String?
        let steps: [Step]
        let letters: [Letter]
        let correctionDue: String?
        let correctionURL: String
        let withdrawURL: String?
        let isClosed: Bool

        init(_ status: PublicCaseStatus) {
            caseNumber = status.caseNumber
            agencyName = status.agencyName
            submittedOn = status.submittedOn.chineseText
            stateLabel = status.stateLabel
            receivedOn = status.receivedOn?.chineseText
            dueDate = status.dueDate?.chineseText
            deadlineLabel = status.deadlineLabel
            steps = status.steps.map { Step(date: $0.date.chineseText, text: $0.text) }
            letters = status.letters.map { letter in
                Letter(
                    title: letter.title, number: letter.number, issuedOn: letter.issuedOn.chineseText,
                    pdfURL: SiteURL.statusLetter(.value(status.submissionID), .value(letter.id), .value("pdf")).path,
                    docxURL: SiteURL.statusLetter(.value(status.submissionID), .value(letter.id), .value("docx")).path)
            }
            correctionDue = status.correctionDue?.chineseText
            correctionURL = SiteURL.statusCorrection(.value(status.submissionID)).path
            withdrawURL = status.canWithdraw ? SiteURL.statusWithdraw(.value(status.submissionID)).path : nil
            isClosed = status.isClosed
        }
    }

    let page: PageContext
    let status: State
    let errors: FieldErrors
    let maxMegabytes: Int
}
