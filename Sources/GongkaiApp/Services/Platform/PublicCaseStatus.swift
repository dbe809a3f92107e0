import FluentKit
import Foundation
import GongkaiCore

/// What a citizen sees of a request on the status page: phase, dates, a timeline without any
/// internal note or other person's data, and the letters issued to them.
public struct PublicCaseStatus: Sendable {
    /// One step of the public timeline.
    public struct Step: Sendable, Hashable {
        public let date: CivilDate
        public let text: String
    }

    /// A letter the applicant may download.
    public struct Letter: Sendable, Hashable {
        public let id: UUID
        public let title: String
        public let number: String
        public let issuedOn: CivilDate
    }

    public let submissionID: UUID
    public let caseNumber: String
    public let agencyName: String
    public let submittedOn: CivilDate
    /// "待确认", "办理中", "待补正", "已办结（予以公开）"…
    public let stateLabel: String
    /// The date of receipt once confirmed.
    public let receivedOn: CivilDate?
    /// The reply deadline while open and counting.
    public let dueDate: CivilDate?
    /// "期限内", "期限暂停"… while open.
    public let deadlineLabel: String?
    public let steps: [Step]
    public let letters: [Letter]
    /// The correction deadline while a 补正 notice is open (the online 补正 form is shown).
    public let correctionDue: CivilDate?
    /// Whether the applicant may still withdraw.
    public let canWithdraw: Bool
    /// Whether the case is closed.
    public let isClosed: Bool
}

extension PortalService {
    /// The public status of `submission` today.
    public func publicStatus(of submission: PortalSubmissionModel, clock: StatutoryClock = StatutoryClock()) async throws
        -> PublicCaseStatus
    {
        let id = try submission.requireID()
        let agency = try await AgencyModel.find(submission.$agency.id, on: context.db)
        let submittedOn = CivilDate(iso: submission.submittedOn) ?? CivilDate(submission.submittedAt)
        var steps = [PublicCaseStatus.Step(date: submittedOn, text: "通过门户网站提交申请")]
        let today = context.clock.today
        switch PortalSubmissionModel.Status(rawValue: submission.status) {
        case .withdrawn:
            steps.append(PublicCaseStatus.Step(date: today, text: "申请人在确认收到前撤回申请"))
            return PublicCaseStatus(
                submissionID: id, caseNumber: submission.caseNumber, agencyName: agency?.name ?? "", submittedOn: submittedOn,
                stateLabel: "已撤回", receivedOn: nil, dueDate: nil, deadlineLabel: nil, steps: steps, letters: [],
                correctionDue: nil, canWithdraw: false, isClosed: true)
        case .pending, nil:
            return PublicCaseStatus(
                submissionID: id, caseNumber: submission.caseNumber, agencyName: agency?.name ?? "", submittedOn: submittedOn,
                stateLabel: "待确认（等待受理机构确认收到）", receivedOn: nil, dueDate: nil, deadlineLabel: nil, steps: steps,
                letters: [], correctionDue: nil, canWithdraw: true, isClosed: false)
        case .confirmed:
            break
        }
        guard let requestID = submission.$request.id else {
            throw StoredDataError(table: PortalSubmissionModel.schema, key: submission.caseNumber, reason: "已确认但缺少对应的申请")
        }
        let request = try await CaseService(context).request(requestID)
        steps.append(PublicCaseStatus.Step(date: request.receivedOn, text: "受理机构确认收到申请（收到申请之日，第三十一条）"))
        steps += request.events.map { PublicCaseStatus.Step(date: $0.date, text: Self.publicText(of: $0)) }
        let deadline = clock.deadline(for: request, asOf: today)
        let letters = try await LetterModel.query(on: context.db).filter(\.$request.$id == requestID)
            .filter(\.$visibleToApplicant == true).sort(\.$issuedAt).all()
        let closed = request.closure != nil
        return PublicCaseStatus(
            submissionID: id, caseNumber: submission.caseNumber, agencyName: agency?.name ?? "", submittedOn: submittedOn,
            stateLabel: request.status(on: today).label, receivedOn: request.receivedOn,
            dueDate: closed ? nil : deadline.dueDate, deadlineLabel: closed ? nil : deadline.state.label, steps: steps,
            letters: try letters.map { letter in
                PublicCaseStatus.Letter(
                    id: try letter.requireID(), title: LetterKindName.title(letter.kind), number: letter.number,
                    issuedOn: CivilDate(iso: letter.issuedOn) ?? CivilDate(letter.issuedAt))
            },
            correctionDue: request.phase == .awaitingCorrection ? request.progress.correctionDue : nil,
            canWithdraw: !closed, isClosed: closed)
    }

    /// The public wording of an event: what happened, never the officer's note.
    static func publicText(of event: RequestEvent) -> String {
        switch event.kind {
        case .correctionRequested(let due): "发出补正告知书，请于\(due.chineseText)前补正"
        case .correctionReceived: "收到补正材料，答复期限自当日重新计算（第三十条）"
        case .correctionLapsed: "申请人逾期未补正，不再处理该申请（第三十条）"
        // The kind only: the applicant does not learn whom the agency consults.
        case .consultationStarted(let consultation): "征求\(consultation.kind.label)意见，征求意见期间不计入答复期限（第三十三条第三款）"
        case .consultationEnded: "征求意见结束"
        case .extensionApproved(let approval): "经批准延长答复期限\(approval.days)个工作日（第三十三条第二款）"
        case .feeNoticeIssued(let notice):
            "发出收费通知，信息处理费\(notice.amountYuan)元，"
                + (notice.paymentDue.map { "请于\($0.chineseText)前缴纳" } ?? "请于收到通知次日起20个工作日内缴纳")
        case .feePaid: "已缴纳信息处理费"
        case .feeLapsed: "申请人逾期未缴纳信息处理费，不再处理该申请"
        case .reasonsRequested: "请申请人说明理由（第三十五条）"
        case .reasonsReceived: "收到申请人说明的理由"
        case .replyDateSet(let delayed): "确定延迟答复期限至\(delayed.replyBy.chineseText)（第三十五条）"
        case .replied(let result): "作出答复：\(result.label)"
        case .withdrawn: "申请人撤回申请"
        }
    }
}

/// The titles of the letter kinds stored in `LetterModel.kind` (a `LetterKind` raw value).
public enum LetterKindName {
    /// "政府信息公开申请答复书", "政府信息公开申请补正告知书"… for a stored kind name; the core's
    /// names, defined once.
    public static func title(_ kind: String) -> String {
        LetterKind(rawValue: kind)?.titleSuffix ?? "告知书"
    }
}
