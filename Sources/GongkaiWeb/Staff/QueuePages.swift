import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The staff home: the work queue of open requests by working days left, the online requests
/// waiting for confirmation of receipt, and the replies waiting for review.
enum QueuePages {
    static func register(_ staff: StaffRoutes) {
        staff.get(.staffHome, roles: .anyStaff, use: queue)
        staff.get(.staffSubmission(.key), roles: .caseworkers, use: submission)
        staff.post(.staffSubmissionConfirm(.key), roles: [.handler], use: confirm)
    }

    static let pageSize = 50

    static func queue(_ request: Request) async throws -> Response {
        let staff = try request.staff
        // The home page is mostly opened bare: decode the query only when there is one.
        let hasQuery = request.url.query?.isEmpty == false
        let filter = hasQuery ? request.query[String.self, at: "filter"].flatMap(WorkQueue.Filter.init(rawValue:)) ?? .all : .all
        let pageNumber = hasQuery ? max(1, request.query[Int.self, at: "page"] ?? 1) : 1
        // The queue depends on the agency's data, the day, the filter, the page and who looks.
        let key = "queue|\(staff.userID)|\(staff.roles.storage)|\(filter.rawValue)|\(pageNumber)"
        return try await request.cachedPage(key: key, version: staff.agencyVersion) {
            try await render(request, staff: staff, filter: filter, pageNumber: pageNumber)
        }
    }

    static func render(_ request: Request, staff: CurrentStaff, filter: WorkQueue.Filter, pageNumber: Int) async throws -> View {
        let today = request.today
        let queue = WorkQueue(request.services, clock: request.statutoryClock)
        let counts = try await queue.counts(agencyID: staff.agencyID, today: today)
        let rows = try await queue.rows(
            agencyID: staff.agencyID, today: today, filter: filter, offset: (pageNumber - 1) * pageSize, limit: pageSize)
        let pending = try await PortalService(request.services).pendingSubmissions(agencyID: staff.agencyID)
        let drafts = try await ReplyDrafts(request.services).pending(agencyID: staff.agencyID)
        let total: Int =
            switch filter {
            case .all: counts.open
            case .overdue: counts.overdue
            case .dueSoon: counts.dueSoon
            case .paused: counts.paused
            case .awaitingApplicant: counts.awaitingApplicant
            }
        var view = QueueView(
            page: request.page(title: "待办工作", section: "queue", cacheable: true), today: today.chineseText, counts: counts, filter: filter,
            rows: rows, pageNumber: pageNumber, pageCount: max(1, (total + pageSize - 1) / pageSize),
            pending: pending, drafts: drafts, canConfirm: staff.has(.handler), canReview: staff.has(.reviewer))
        let due = try await CatalogueListing(request.services).openItems(agencyID: staff.agencyID)
            .compactMap { item in item.formedDate.map { ProactiveDisclosureClock().workingDaysLeft(formedOn: $0, asOf: today) } }
        if !due.isEmpty {
            view.catalogue = .init(
                open: due.count, overdue: due.filter { $0 < 0 }.count, dueSoon: due.filter { (0...5).contains($0) }.count,
                url: SiteURL.staffCatalogue.path)
        }
        view.annualReport = try await ReportCountdown.make(request, staff: staff)
        return try await request.view.render("staff/queue", view)
    }

    static func submission(_ request: Request) async throws -> View {
        let staff = try request.staff
        let service = PortalService(request.services)
        guard let submission = try await service.submission(try request.id("submissionID"), agencyID: staff.agencyID) else {
            throw Abort(.notFound)
        }
        let attachments = try await AttachmentStore.list(requestID: nil, submissionID: submission.id, on: request.db)
        let view = SubmissionView(
            page: request.page(title: "网上申请 \(submission.caseNumber)", section: "queue"), submission: submission,
            applicant: try service.applicant(of: submission), attachments: attachments, canConfirm: staff.has(.handler),
            today: request.today.chineseText)
        return try await request.view.render("staff/submission", view)
    }

    static func confirm(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let requestID = try await PortalService(request.services).confirmReceipt(
            try request.id("submissionID"), agencyID: staff.agencyID, actor: staff.actor)
        request.webSession.flash("已确认收到，收到申请之日为\(request.today.chineseText)，答复期限开始计算。")
        return request.redirect(to: SiteURL.staffCase(.value(requestID)).path)
    }
}
