import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The annual report's 起草 → 审核 → 签发 → 发布: the page shows the state, the auditor's findings
/// and the report as it would be published, and offers each role only its own step. 发布 is
/// open to the 负责人 and the 管理员 (who keeps the website), after the 负责人's 签发.
enum ReportWorkflowPages {
    static func register(_ staff: StaffRoutes) {
        staff.get(.staffReportWorkflow(.key), roles: .anyStaff, use: show)
        staff.post(.staffReportSubmit(.key), roles: [.handler], use: submit)
        staff.post(.staffReportPass(.key), roles: [.reviewer], use: pass)
        staff.post(.staffReportReturn(.key), roles: [.reviewer, .head], use: sendBack)
        staff.post(.staffReportSign(.key), roles: [.head], use: sign)
        staff.post(.staffReportRelease(.key), roles: [.head, .admin], use: release)
    }

    struct StepInput: Content {
        var revision: Int?
        var reason: String?
        var correctionNote: String?
    }

    static func show(_ request: Request) async throws -> View {
        try await render(request, problem: nil, input: StepInput())
    }

    static func render(_ request: Request, problem: (any Error)?, input: StepInput) async throws -> View {
        let staff = try request.staff
        let year = try ReportSectionPages.year(request)
        let draft = try await AnnualReportDraft.build(agencyID: staff.agencyID, year: year, in: request.services)
        let state = try await ReportWorkflow(request.services).state(agencyID: staff.agencyID, year: year)
        let versions = try await PublishedReports(request.services).versions(agencyID: staff.agencyID, year: year)
        let status = state?.statusValue ?? .drafting
        let newest = versions.first?.version ?? 0
        let deadline = AnnualReportDeadline(agencyName: staff.agencyName, reportYear: year)
        let formProblem = problem as? FormError
        let view = ReportWorkflowView(
            page: request.page(title: "\(year)年度报告：审核、签发与发布", section: "report", forms: true), year: year,
            status: status.rawValue, statusLabel: status.label, revision: state?.revision ?? 0,
            submittedBy: state?.submittedByName, reviewedBy: state?.reviewedByName, signedBy: state?.signedByName,
            returnReason: status == .drafting ? state?.returnReason : nil,
            deadline: "法定公布日期：" + deadline.countdown(on: request.today),
            findings: FindingsPanel(draft.findings),
            versions: versions.map { PublishedVersionView($0, newest: newest, agencyID: staff.agencyID) },
            canSubmit: staff.has(.handler) && [.drafting, .published].contains(status),
            canPass: staff.has(.reviewer) && status == .submitted && state?.submittedBy != staff.userID,
            canReturn: (staff.has(.reviewer) || staff.has(.head)) && [.submitted, .reviewed, .signed].contains(status),
            canSign: staff.has(.head) && status == .reviewed,
            canRelease: (staff.has(.head) || staff.has(.admin)) && status == .signed,
            isCorrection: newest > 0,
            reportURL: SiteURL.staffReport(.value(year)).path, sectionsURL: SiteURL.staffReportSections(.value(year)).path,
            problem: problem.flatMap { $0 is FormError ? nil : ErrorStatus.describe($0).message },
            errors: FieldErrors(formProblem), reason: input.reason, correctionNote: input.correctionNote,
            previewHTML: HTMLRenderer.fragment(draft.report))
        return try await request.view.render("staff/report-publish", view)
    }

    typealias Step = @Sendable (ReportWorkflow, CurrentStaff, Int, StepInput) async throws -> String

    /// Runs one step; a refused step shows the page again with the reason and the form kept.
    static func perform(_ request: Request, _ step: Step) async throws -> Response {
        let staff = try request.staff
        let year = try ReportSectionPages.year(request)
        let input = try request.decodeForm(StepInput.self)
        do {
            let notice = try await step(ReportWorkflow(request.services), staff, year, input)
            request.webSession.flash(notice)
            return request.redirect(to: SiteURL.staffReportWorkflow(.value(year)).path)
        } catch let error as any CategorizedError {
            let status = ErrorStatus.status(for: error.category)
            // Another agency's report, or a role the service refuses, stays an error page.
            guard status != .notFound, status != .forbidden else { throw error }
            return try await render(request, problem: error, input: input).encodeResponse(status: status, for: request)
        }
    }

    static func submit(_ request: Request) async throws -> Response {
        try await perform(request) { workflow, staff, year, input in
            try await workflow.submit(agencyID: staff.agencyID, year: year, officer: staff.officer, revision: input.revision)
            return "已提交审核。"
        }
    }

    static func pass(_ request: Request) async throws -> Response {
        try await perform(request) { workflow, staff, year, input in
            try await workflow.pass(agencyID: staff.agencyID, year: year, officer: staff.officer, revision: input.revision)
            return "审核通过，待负责人签发。"
        }
    }

    static func sendBack(_ request: Request) async throws -> Response {
        try await perform(request) { workflow, staff, year, input in
            try await workflow.sendBack(agencyID: staff.agencyID, year: year, reason: input.reason, officer: staff.officer, revision: input.revision)
            return "已退回起草。"
        }
    }

    static func sign(_ request: Request) async throws -> Response {
        try await perform(request) { workflow, staff, year, input in
            try await workflow.sign(agencyID: staff.agencyID, year: year, officer: staff.officer, revision: input.revision)
            return "已签发，可以发布。"
        }
    }

    static func release(_ request: Request) async throws -> Response {
        try await perform(request) { workflow, staff, year, input in
            let version = try await workflow.publish(
                agencyID: staff.agencyID, year: year, correctionNote: input.correctionNote, officer: staff.officer, revision: input.revision)
            return "已发布第\(version)版，门户网站即时可见。"
        }
    }
}
