import Foundation
import GongkaiApp
import GongkaiCore

/// The work queue page.
struct QueueView: Encodable {
    struct Count: Encodable {
        let label: String
        let value: Int
        let url: String
        let current: Bool
        let tone: String
    }

    struct Row: Encodable {
        let caseNumber: String
        let url: String
        let receivedOn: String
        let applicantType: String
        let phase: String
        let dueOn: String
        let remaining: String
        let state: String
        let tone: String
        let content: String
    }

    struct Pending: Encodable {
        let caseNumber: String
        let url: String
        let submittedAt: String
        let applicantType: String
        let content: String
    }

    struct Draft: Encodable {
        let caseNumber: String
        let url: String
        let result: String
        let draftedBy: String
        let draftedAt: String
    }

    let page: PageContext
    let today: String
    let counts: [Count]
    let rows: [Row]
    let pageNumber: Int
    let pageCount: Int
    let previousURL: String?
    let nextURL: String?
    let pending: [Pending]
    let drafts: [Draft]
    let canConfirm: Bool
    let canReview: Bool
    /// The catalogue's open items against 第二十六条 (`nil` when there are none).
    var catalogue: CatalogueDue?
    /// The annual report's statutory date and state (`ReportCountdown`).
    var annualReport: ReportCountdown?

    struct CatalogueDue: Encodable {
        let open: Int
        let overdue: Int
        let dueSoon: Int
        let url: String
    }
    let filterLabel: String

    init(
        page: PageContext, today: String, counts: WorkQueue.Counts, filter: WorkQueue.Filter, rows: [WorkQueue.Row],
        pageNumber: Int, pageCount: Int, pending: [PortalSubmissionModel], drafts: [ReplyDrafts.Pending], canConfirm: Bool,
        canReview: Bool
    ) {
        self.page = page
        self.today = today
        func url(_ filter: WorkQueue.Filter, page: Int = 1) -> String {
            var query: [String] = []
            if filter != .all { query.append("filter=\(filter.rawValue)") }
            if page > 1 { query.append("page=\(page)") }
            return SiteURL.staffHome.path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        }
        let items: [(WorkQueue.Filter, String, Int, String)] = [
            (.all, "在办", counts.open, ""), (.overdue, "已逾期", counts.overdue, "danger"),
            (.dueSoon, "即将到期", counts.dueSoon, "warning"), (.paused, "征求意见中", counts.paused, ""),
            (.awaitingApplicant, "等待申请人", counts.awaitingApplicant, ""),
        ]
        self.counts = items.map { Count(label: $0.1, value: $0.2, url: url($0.0), current: $0.0 == filter, tone: $0.3) }
        filterLabel = items.first { $0.0 == filter }?.1 ?? "在办"
        self.rows = rows.map { row in
            let remaining: String =
                switch row.state {
                case .paused: "暂停计算"
                case .awaitingApplicant: "等待申请人"
                default:
                    row.remainingWorkingDays.map { $0 < 0 ? "逾期\(-$0)个工作日" : $0 == 0 ? "今日到期" : "剩\($0)个工作日" } ?? "—"
                }
            return Row(
                caseNumber: row.caseNumber, url: SiteURL.staffCase(.value(row.id)).path, receivedOn: row.receivedOn.description,
                applicantType: row.applicantType.label, phase: row.phase.label, dueOn: row.dueOn?.description ?? "—",
                remaining: remaining, state: row.state.label,
                tone: row.state == .overdue ? "danger" : row.state == .dueSoon ? "warning" : "",
                content: row.content)
        }
        self.pageNumber = pageNumber
        self.pageCount = pageCount
        previousURL = pageNumber > 1 ? url(filter, page: pageNumber - 1) : nil
        nextURL = pageNumber < pageCount ? url(filter, page: pageNumber + 1) : nil
        self.pending = pending.map { submission in
            Pending(
                caseNumber: submission.caseNumber, url: SiteURL.staffSubmission(.value(submission.id!)).path,
                submittedAt: DisplayTime.text(submission.submittedAt),
                applicantType: ApplicantType(rawValue: submission.applicantType)?.label ?? "",
                content: String(submission.content.prefix(60)))
        }
        self.drafts = drafts.map { draft in
            Draft(
                caseNumber: draft.caseNumber, url: SiteURL.staffCase(.value(draft.requestID)).path,
                result: draft.reply.result.label, draftedBy: draft.draftedBy, draftedAt: DisplayTime.text(draft.draftedAt))
        }
        self.canConfirm = canConfirm
        self.canReview = canReview
    }
}

/// A portal submission waiting for confirmation of receipt.
struct SubmissionView: Encodable {
    struct Attachment: Encodable {
        let name: String
        let size: String
    }

    let page: PageContext
    let caseNumber: String
    let status: String
    let submittedAt: String
    let applicantType: String
    let applicant: [LabeledValue]
    let content: String
    let deliveryForm: String
    let attachments: [Attachment]
    let confirmURL: String?
    let today: String

    init(
        page: PageContext, submission: PortalSubmissionModel, applicant: Applicant?, attachments: [AttachmentModel],
        canConfirm: Bool, today: String
    ) {
        self.page = page
        caseNumber = submission.caseNumber
        let status = PortalSubmissionModel.Status(rawValue: submission.status)
        self.status =
            switch status {
            case .pending: "待确认收到"
            case .confirmed: "已确认收到"
            case .withdrawn: "申请人已撤回"
            case nil: submission.status
            }
        submittedAt = DisplayTime.text(submission.submittedAt)
        applicantType = ApplicantType(rawValue: submission.applicantType)?.label ?? ""
        self.applicant = applicant.map(LabeledValue.applicant) ?? []
        content = submission.content
        deliveryForm = DeliveryForm(rawValue: submission.deliveryForm)?.label ?? ""
        self.attachments = attachments.map { Attachment(name: $0.fileName, size: ByteSize.text($0.byteCount)) }
        confirmURL = canConfirm && status == .pending ? SiteURL.staffSubmissionConfirm(.value(submission.id!)).path : nil
        self.today = today
    }
}

/// A label and a value for definition lists.
struct LabeledValue: Encodable {
    let label: String
    let value: String

    /// The applicant's fields, for the agency's own officers only.
    static func applicant(_ applicant: Applicant) -> [LabeledValue] {
        var rows = [LabeledValue(label: "申请人类型", value: applicant.type.label)]
        switch applicant {
        case .naturalPerson(let person):
            rows.append(LabeledValue(label: "姓名", value: person.name))
            rows.append(LabeledValue(label: person.idDocument.kind.label, value: person.idDocument.number))
        case .organization(let organization):
            rows.append(LabeledValue(label: "名称", value: organization.name))
            rows.append(LabeledValue(label: "统一社会信用代码", value: organization.creditCode?.value ?? "（无）"))
            rows.append(LabeledValue(label: "联系人", value: organization.contactPerson))
        }
        let contact = applicant.contact
        if let phone = contact.phone { rows.append(LabeledValue(label: "联系电话", value: phone)) }
        if let address = contact.address { rows.append(LabeledValue(label: "通信地址", value: address)) }
        if let email = contact.email { rows.append(LabeledValue(label: "电子邮箱", value: email)) }
        return rows
    }
}

enum ByteSize {
    static func text(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) : "\(max(1, bytes >> 10)) KB"
    }
}
