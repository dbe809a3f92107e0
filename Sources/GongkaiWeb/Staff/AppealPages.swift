import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// Reconsiderations and lawsuits about the agency's requests (table 4), kept on the web.
enum AppealPages {
    static func register(_ staff: StaffRoutes) {
        staff.get(.staffAppeals, roles: .caseworkers, use: list)
        staff.post(.staffAppeals, roles: [.handler], use: add)
        staff.post(.staffAppealDecision(.key), roles: [.handler], use: decide)
    }

    static func list(_ request: Request) async throws -> View {
        try await render(request, input: AppealEntry.Input(), problems: nil)
    }

    static func render(_ request: Request, input: AppealEntry.Input, problems: FormError?) async throws -> View {
        let staff = try request.staff
        let rows = try await AppealModel.query(on: request.db).filter(\.$agency.$id == staff.agencyID)
            .sort(\.$filedOn, .descending).sort(\.$caseNumber).all()
        let view = AppealsView(
            page: request.page(title: "行政复议与诉讼", section: "records"), appeals: rows, input: input,
            errors: FieldErrors(problems), canEdit: staff.has(.handler), today: request.today)
        return try await request.view.render("staff/appeals", view)
    }

    static func add(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let input = try request.content.decode(AppealEntry.Input.self)
        do {
            try await AppealEntry(request.services).add(input, agencyID: staff.agencyID, actor: staff.actor)
            request.webSession.flash("已登记 \(input.caseNumber ?? "")，年度报告表四即时更新。")
            return request.redirect(to: SiteURL.staffAppeals.path)
        } catch let error as FormError {
            return try await render(request, input: input, problems: error).encodeResponse(status: .unprocessableEntity, for: request)
        }
    }

    struct DecisionInput: Content {
        var decidedOn: String?
        var result: String?
    }

    static func decide(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let input = try request.content.decode(DecisionInput.self)
        do {
            try await AppealEntry(request.services).decide(
                appealID: try request.id("appealID"), agencyID: staff.agencyID, decidedOn: input.decidedOn ?? "",
                result: input.result ?? "", actor: staff.actor)
            request.webSession.flash("已登记审结结果。")
            return request.redirect(to: SiteURL.staffAppeals.path)
        } catch let error as FormError {
            return try await render(request, input: AppealEntry.Input(), problems: error)
                .encodeResponse(status: .unprocessableEntity, for: request)
        } catch is CaseServiceError {
            throw Abort(.notFound)
        }
    }
}

extension AppealEntry.Input: Content {}

struct AppealsView: Encodable {
    struct Appeal: Encodable {
        let caseNumber: String
        let kind: String
        let request: String
        let filedOn: String
        let outcome: String
        let decisionURL: String?
    }

    let page: PageContext
    let appeals: [Appeal]
    let hasAppeals: Bool
    let input: AppealEntry.Input
    let errors: FieldErrors
    let canEdit: Bool
    let kinds: [Choice]
    let routes: [Choice]
    let results: [Choice]
    let today: String

    init(page: PageContext, appeals: [AppealModel], input: AppealEntry.Input, errors: FieldErrors, canEdit: Bool, today: CivilDate) {
        self.page = page
        self.appeals = appeals.map { appeal in
            let kind =
                appeal.kind == AppealModel.Kind.reconsideration.rawValue
                ? "行政复议"
                : appeal.route == LitigationCase.Route.afterReconsideration.rawValue ? "行政诉讼（复议后起诉）" : "行政诉讼（未经复议直接起诉）"
            let outcome =
                appeal.result.flatMap(AppealResult.init(rawValue:)).map { "\($0.label)（\(appeal.decidedOn ?? "")）" } ?? "尚未审结"
            return Appeal(
                caseNumber: appeal.caseNumber, kind: kind, request: appeal.requestCaseNumber, filedOn: appeal.filedOn,
                outcome: outcome,
                decisionURL: canEdit && appeal.decidedOn == nil ? SiteURL.staffAppealDecision(.value(appeal.id!)).path : nil)
        }
        hasAppeals = !appeals.isEmpty
        self.input = input
        self.errors = errors
        self.canEdit = canEdit
        kinds = [("reconsideration", "行政复议"), ("litigation", "行政诉讼")].map {
            Choice(value: $0.0, label: $0.1, selected: input.kind == $0.0)
        }
        routes = [("direct", "未经复议直接起诉"), ("afterReconsideration", "复议后起诉")].map {
            Choice(value: $0.0, label: $0.1, selected: input.route == $0.0)
        }
        results = AppealResult.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: input.result == $0.rawValue) }
        self.today = today.description
    }
}
