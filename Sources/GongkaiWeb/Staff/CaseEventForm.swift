import GongkaiApp
import GongkaiCore
import Vapor

/// The action forms of the case page, as posted: one `action` (the event's tag) and its fields.
/// Turned into a core `RequestEvent` here; whether it may happen now is the core's decision.
struct CaseEventForm: Content {
    var action: String?
    /// The number of events the officer saw (optimistic concurrency).
    var version: Int?
    var date: String?
    var correctionDue: String?
    var party: String?
    var days: Int?
    var notifiedOn: String?
    var feeBasis: String?
    var feeQuantity: Int?
    var paymentDue: String?
    /// 第三十五条: the later reply date told to the applicant.
    var replyBy: String?
    var paymentMethod: String?
    var partyName: String?
    var partyReason: String?
    var partyIsOrganization: String?
    var note: String?

    /// What the event's letter needs beyond the event.
    var extras: NoticeLetters.Extras {
        NoticeLetters.Extras(
            consultedParty: partyName, consultedPartyIsOrganization: partyIsOrganization == "on",
            consultationReason: partyReason, paymentMethod: paymentMethod)
    }

    /// The actions that need the 负责人 (第三十三条第二款: extensions are approved by the head
    /// of the disclosure office).
    static let headOnly: Set<RequestEventTag> = [.extensionApproved]

    /// The event, or the problems with the fields; `approver` signs an extension.
    func event(today: CivilDate, approver: String) throws -> (RequestEventTag, RequestEvent) {
        var problems: [FieldProblem] = []
        guard let tag = action.flatMap(RequestEventTag.init(rawValue:)), tag != .replied else {
            throw FormError([FieldProblem(field: "action", message: "请选择要办理的事项")])
        }
        func day(_ text: String?, _ field: String, _ label: String, default fallback: CivilDate? = nil) -> CivilDate? {
            let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty, let fallback { return fallback }
            guard let date = CivilDate(iso: trimmed) else {
                problems.append(FieldProblem(field: field, message: "\(label)应为日期，例如 \(today.description)"))
                return nil
            }
            return date
        }
        let date = day(date, "date", "办理日期", default: today)
        if let date, date > today {
            problems.append(FieldProblem(field: "date", message: "办理日期不能晚于今天（\(today.chineseText)）"))
        }
        let trimmedNote = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        let note = (trimmedNote?.isEmpty ?? true) ? nil : trimmedNote
        if let note, note.count > 2_000 { problems.append(FieldProblem(field: "note", message: "备注不超过2000字")) }
        var kind: RequestEvent.Kind?
        switch tag {
        case .correctionRequested:
            if note == nil { problems.append(FieldProblem(field: "note", message: "请写明需要补正的事项")) }
            if let due = day(correctionDue, "correctionDue", "补正期限") { kind = .correctionRequested(correctionDue: due) }
        case .correctionReceived: kind = .correctionReceived
        case .correctionLapsed: kind = .correctionLapsed
        case .consultationStarted:
            if let party = party.flatMap(ConsultationKind.init(rawValue:)) {
                kind = .consultationStarted(Consultation(party, addressee: partyName ?? ""))
            } else {
                problems.append(FieldProblem(field: "party", message: "请选择征求意见的对象"))
            }
        case .consultationEnded:
            // Which consultation ends, when several are out (the only one otherwise).
            let name = partyName?.trimmingCharacters(in: .whitespaces)
            kind = .consultationEnded(ConsultationAnswer(addressee: name?.isEmpty == false ? name : nil))
        case .extensionApproved:
            // The total of all extensions is checked by the state machine (第三十三条第二款).
            guard let days, (1...20).contains(days) else {
                problems.append(FieldProblem(field: "days", message: "延长天数应为1至20个工作日"))
                break
            }
            if let notified = day(notifiedOn, "notifiedOn", "告知申请人日期", default: date) {
                kind = .extensionApproved(ExtensionApproval(days: days, approvedBy: approver, applicantNotifiedOn: notified))
            }
        case .feeNoticeIssued:
            let quantity = feeQuantity ?? 0
            let basis: FeeBasis? =
                switch feeBasis {
                case "perCase": .perCase(monthlyOrdinal: quantity)
                case "perVolume": .perVolume(pages: quantity)
                default: nil
                }
            guard let basis else {
                problems.append(FieldProblem(field: "feeBasis", message: "请选择按件计收或按量计收"))
                break
            }
            // No date: the 办法's 20 working days from the day after delivery.
            let written = (paymentDue ?? "").trimmingCharacters(in: .whitespaces)
            let due = written.isEmpty ? nil : day(paymentDue, "paymentDue", "缴费期限")
            if written.isEmpty || due != nil {
                do {
                    kind = .feeNoticeIssued(try FeeNotice(basis: basis, paymentDue: due))
                } catch {
                    problems.append(FieldProblem(field: "feeQuantity", message: error.description))
                }
            }
        case .feePaid: kind = .feePaid
        case .feeLapsed: kind = .feeLapsed(noticeDeliveredOn: nil)
        case .reasonsRequested: kind = .reasonsRequested
        case .reasonsReceived: kind = .reasonsReceived
        case .replyDateSet:
            if let replyBy = day(replyBy, "replyBy", "延迟答复期限"),
                let notified = day(notifiedOn, "notifiedOn", "告知申请人日期", default: date)
            {
                kind = .replyDateSet(DelayedReply(replyBy: replyBy, applicantNotifiedOn: notified))
            }
        case .withdrawn: kind = .withdrawn
        case .replied: break
        }
        guard problems.isEmpty, let kind, let date else { throw FormError(problems) }
        return (tag, RequestEvent(kind, on: date, note: note))
    }
}
