import Vapor
import Foundation
import GongkaiApp
import GongkaiCore

/// The case page of the staff console.
struct CaseView: Encodable {
    struct Event: Encodable {
        let date: String
        let label: String
        let detail: String?
        let note: String?
        let recordedBy: String
    }

    struct Letter: Encodable {
        let title: String
        let number: String
        let issuedOn: String
        let htmlURL: String
        let docxURL: String
        let pdfURL: String
    }

    struct Attachment: Encodable {
        let name: String
        let size: String
        let url: String
        let uploadedBy: String
    }

    struct Draft: Encodable {
        let reply: String
        let reasons: String?
        let status: String
        let draftedBy: String
        let draftedAt: String
        let reviewedBy: String?
        let reviewNote: String?
        let decisionURL: String?
        let issueURL: String?
    }

    /// One action form: its tag and which fields it shows.
    struct Action: Encodable {
        let tag: String
        let label: String
        let open: Bool
        let needsCorrectionDue: Bool
        let needsParty: Bool
        let needsDays: Bool
        let needsFee: Bool
        /// consultationEnded with several out: which one.
        let needsOpenConsultation: Bool
        /// replyDateSet (第三十五条): the later reply date.
        let needsReplyBy: Bool
        let noteLabel: String
        let noteRequired: Bool
    }

    let page: PageContext
    let caseNumber: String
    let phase: String
    let status: String
    let receivedOn: String
    let channel: String
    let receiptRule: String
    let applicant: [LabeledValue]
    let content: String
    let deliveryForm: String?
    let dueDate: String?
    let remaining: String?
    let deadlineState: String
    let deadlineTone: String
    let explanations: [String]
    let warnings: [String]
    let caveat: String?
    let events: [Event]
    let letters: [Letter]
    let attachments: [Attachment]
    let drafts: [Draft]
    let actions: [Action]
    let actionURL: String
    let draftURL: String?
    let replyChoices: [Choice]
    let parties: [Choice]
    /// The consultations still out, to choose which one ends.
    let openConsultations: [Choice]
    let deliveryForms: [Choice]
    let denialGrounds: [Choice]
    let version: Int
    let today: String
    let defaultCorrectionDue: String
    let errors: FieldErrors
    let isClosed: Bool
    /// Whether the draft form is shown open (after a refused draft).
    let draftOpen: Bool

    init(
        page: PageContext, requestID: UUID, request: DisclosureRequest, deliveryForm: DeliveryForm?, deadline: ReplyDeadline,
        events: [RequestEventModel], attachments: [AttachmentModel], drafts: [ReplyDraftModel], letters: [LetterModel],
        staff: CurrentStaff, allowed: [RequestEventTag], today: CivilDate, errors: FieldErrors, openForm: String?
    ) {
        self.page = page
        caseNumber = request.id.rawValue
        phase = request.phase.label
        status = request.status(on: today).label
        receivedOn = request.receivedOn.chineseText
        channel = request.channel.label
        receiptRule = request.channel.receiptRule
        applicant = LabeledValue.applicant(request.applicant)
        content = request.content
        self.deliveryForm = deliveryForm?.label
        dueDate = deadline.dueDate?.chineseText
        remaining = deadline.remainingWorkingDays.map { $0 < 0 ? "已逾期\(-$0)个工作日" : $0 == 0 ? "今日到期" : "剩余\($0)个工作日" }
        deadlineState = deadline.state.label
        deadlineTone = deadline.state == .overdue ? "danger" : deadline.state == .dueSoon ? "warning" : ""
        explanations = deadline.explanations
        warnings = deadline.warnings
        caveat = deadline.caveat
        self.events = zip(request.events, events).map { event, row in
            Event(
                date: event.date.chineseText, label: event.kind.tag.label, detail: Self.detail(of: event),
                note: event.note, recordedBy: row.recordedBy)
        }
        self.letters = letters.map { letter in
            func url(_ format: String) -> String {
                SiteURL.staffCaseLetter(.value(requestID), .value(letter.id!), .value(format)).path
            }
            return Letter(
                title: LetterKindName.title(letter.kind), number: letter.number,
                issuedOn: CivilDate(iso: letter.issuedOn)?.chineseText ?? letter.issuedOn, htmlURL: url("html"),
                docxURL: url("docx"), pdfURL: url("pdf"))
        }
        self.attachments = attachments.map { item in
            Attachment(
                name: item.fileName, size: ByteSize.text(item.byteCount),
                url: SiteURL.staffAttachment(.value(requestID), .value(item.id!)).path, uploadedBy: item.uploadedBy == "portal" ? "申请人（网上）" : item.uploadedBy)
        }
        let closed = request.closure != nil
        isClosed = closed
        self.drafts = drafts.map { draft in
            let status = ReplyDraftModel.Status(rawValue: draft.status)
            let reply = (try? ReplyDrafts.reply(of: draft)).map(ReplyChoice.label) ?? draft.reply
            return Draft(
                reply: reply, reasons: draft.reasons.isEmpty ? nil : draft.reasons, status: status?.label ?? draft.status, draftedBy: draft.draftedBy,
                draftedAt: DisplayTime.text(draft.draftedAt), reviewedBy: draft.reviewedBy, reviewNote: draft.reviewNote,
                decisionURL: status == .pending && staff.has(.reviewer) && draft.draftedBy != staff.actor
                    ? SiteURL.staffDraftDecision(.value(requestID), .value(draft.id!)).path : nil,
                issueURL: status == .approved && staff.has(.handler) && !closed
                    ? SiteURL.staffDraftIssue(.value(requestID), .value(draft.id!)).path : nil)
        }
        let canAct = staff.has(.handler) || staff.has(.head)
        actions = allowed.filter { $0 != .replied && canAct && ($0 != .extensionApproved || staff.has(.head)) }.map { tag in
            Action(
                tag: tag.rawValue, label: tag.label, open: openForm == tag.rawValue,
                needsCorrectionDue: tag == .correctionRequested, needsParty: tag == .consultationStarted,
                needsDays: tag == .extensionApproved, needsFee: tag == .feeNoticeIssued,
                needsOpenConsultation: tag == .consultationEnded && request.progress.openConsultations.count > 1,
                needsReplyBy: tag == .replyDateSet,
                noteLabel: tag == .correctionRequested ? "需要补正的事项（写入补正告知书）" : "备注（仅内部可见）",
                noteRequired: tag == .correctionRequested)
        }
        actionURL = SiteURL.staffCaseEvents(.value(requestID)).path
        let hasOpenDraft = drafts.contains {
            $0.status == ReplyDraftModel.Status.pending.rawValue || $0.status == ReplyDraftModel.Status.approved.rawValue
        }
        draftURL =
            allowed.contains(.replied) && staff.has(.handler) && !hasOpenDraft
            ? SiteURL.staffCaseDrafts(.value(requestID)).path : nil
        replyChoices = ReplyChoice.all.map { Choice(value: $0.value, label: ReplyChoice.label($0.reply), selected: false) }
        parties = ConsultationKind.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: false) }
        openConsultations = request.progress.openConsultations.map {
            Choice(value: $0.consultation.addressee, label: $0.consultation.displayName, selected: false)
        }
        deliveryForms = DeliveryForm.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: $0 == deliveryForm) }
        denialGrounds = DenialGround.allCases.map { Choice(value: $0.rawValue, label: $0.result.label, selected: false) }
        version = request.events.count
        self.today = today.description
        defaultCorrectionDue = StatutoryClock().calendar.addingWorkingDays(10, to: today).value.description
        self.errors = errors
        draftOpen = openForm == "draft"
    }

    /// What an event carries beyond its name, in Chinese.
    static func detail(of event: RequestEvent) -> String? {
        switch event.kind {
        case .correctionRequested(let due): "补正期限至\(due.chineseText)"
        case .consultationStarted(let consultation): "征求\(consultation.displayName)意见"
        case .consultationEnded(let answer): answer.addressee.flatMap { $0.isEmpty ? nil : "\($0)的意见已收到" }
        case .replyDateSet(let delayed):
            "延迟答复期限至\(delayed.replyBy.chineseText)，\(delayed.applicantNotifiedOn.chineseText)告知申请人（第三十五条）"
        case .extensionApproved(let approval):
            "延长\(approval.days)个工作日，\(approval.approvedBy)批准，\(approval.applicantNotifiedOn.chineseText)告知申请人"
        case .feeNoticeIssued(let notice):
            "\(notice.basis.methodLabel) \(notice.amountYuan)元，"
                + (notice.paymentDue.map { "缴费期限至\($0.chineseText)" } ?? "收到通知次日起20个工作日内缴费")
        case .replied(let result): result.label
        default: nil
        }
    }
}
extension ReplyDetailsInput: Content {}
