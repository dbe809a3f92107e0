import Foundation
import GongkaiCore

/// The cells of one ledger row by field, with the reasons collected while reading them.
struct LedgerCells {
    let values: [LedgerField: String]
    let line: Int
    var reasons: [String] = []

    func has(_ field: LedgerField) -> Bool { values[field] != nil }

    func text(_ field: LedgerField) -> String? { values[field] }

    /// The date in `field`, or `nil` (with a reason when the cell is not a date).
    mutating func date(_ field: LedgerField) -> CivilDate? {
        guard let text = values[field] else { return nil }
        guard let date = LedgerValues.date(text) else {
            reasons.append("\(field.label)“\(text)”不是有效日期（应为 2025-03-04 或 2025年3月4日）")
            return nil
        }
        return date
    }

    /// The dates of a cell holding one or several (one per consultation or extension).
    mutating func dates(_ field: LedgerField) -> [CivilDate] {
        LedgerValues.list(values[field]).compactMap { text in
            guard let date = LedgerValues.date(text) else {
                reasons.append("\(field.label)“\(text)”不是有效日期（应为 2025-03-04 或 2025年3月4日）")
                return nil
            }
            return date
        }
    }

    /// A whole number in `field` ("20", "20个工作日", "100元"), or `nil` (with a reason).
    mutating func number(_ field: LedgerField) -> Int? {
        guard let text = values[field] else { return nil }
        guard let value = Int(text.filter(\.isNumber)) else {
            reasons.append("\(field.label)“\(text)”应为数字")
            return nil
        }
        return value
    }

    /// The `index`-th of `items` when there is one per entry, the only one when there is one
    /// for all, `nil` when there is none.
    static func pick<T>(_ items: [T], _ index: Int) -> T? {
        items.count == 1 ? items[0] : index < items.count ? items[index] : nil
    }
}

/// A request's history as a ledger row records it: every step with a date column, sorted into
/// the order the state machine needs, and the closing event kept apart so that a lapse without a
/// date can take the day after its deadline.
struct LedgerHistory {
    var events: [RequestEvent] = []
    private var outcome: LedgerValues.Outcome?
    private var closingDate: CivilDate?

    /// Reads every step the row records; `pieceCount` is the request's 件 (for a 按件 fee).
    mutating func read(_ cells: inout LedgerCells, pieceCount: Int = 1) {
        readCorrection(&cells)
        readArticle35(&cells)
        readConsultations(&cells)
        readExtensions(&cells)
        readFee(&cells, pieceCount: pieceCount)
        readClosing(&cells)
        events = events.enumerated().sorted { lhs, rhs in
            (lhs.element.date, Self.rank(lhs.element.kind.tag), lhs.offset)
                < (rhs.element.date, Self.rank(rhs.element.kind.tag), rhs.offset)
        }.map(\.element)
    }

    /// Same-day steps in the order they can happen: a consultation ends before a fee notice, a
    /// payment before the reply.
    static func rank(_ tag: RequestEventTag) -> Int {
        switch tag {
        case .correctionRequested: 0
        case .correctionReceived: 1
        case .reasonsRequested: 2
        case .reasonsReceived: 3
        case .replyDateSet: 4
        case .consultationStarted: 5
        case .extensionApproved: 6
        case .consultationEnded: 7
        case .feeNoticeIssued: 8
        case .feePaid: 9
        case .correctionLapsed, .feeLapsed, .replied, .withdrawn: 10
        }
    }

    /// The closing event (reply, withdrawal or lapse), dated; a lapse with no date is dated the
    /// day after the deadline (`RequestProgress.lapseDate`).
    func closing(for progress: RequestProgress) -> RequestEvent? {
        guard let outcome else { return nil }
        let lapseDate = closingDate ?? progress.lapseDate ?? progress.lastEventDate
        switch outcome {
        case .replied(let result): return closingDate.map { RequestEvent(.replied(result), on: $0) }
        case .withdrawn: return closingDate.map { RequestEvent(.withdrawn, on: $0) }
        case .correctionLapsed: return RequestEvent(.correctionLapsed, on: lapseDate)
        case .feeLapsed: return RequestEvent(.feeLapsed(noticeDeliveredOn: nil), on: lapseDate)
        }
    }

    private mutating func readCorrection(_ cells: inout LedgerCells) {
        let requested = cells.date(.correctionRequestedOn)
        let due = cells.date(.correctionDue)
        if let requested {
            if let due {
                events.append(RequestEvent(.correctionRequested(correctionDue: due), on: requested))
            } else {
                cells.reasons.append("填写了补正通知日期，缺少补正期限")
            }
        }
        if let received = cells.date(.correctionReceivedOn) {
            if requested == nil { cells.reasons.append("填写了补正日期，缺少补正通知日期") }
            events.append(RequestEvent(.correctionReceived, on: received))
        }
    }

    private mutating func readArticle35(_ cells: inout LedgerCells) {
        if let asked = cells.date(.reasonsRequestedOn) { events.append(RequestEvent(.reasonsRequested, on: asked)) }
        if let received = cells.date(.reasonsReceivedOn) { events.append(RequestEvent(.reasonsReceived, on: received)) }
        let notified = cells.date(.delayNotifiedOn)
        let replyBy = cells.date(.delayedReplyBy)
        switch (notified, replyBy) {
        case (let notified?, let replyBy?):
            events.append(
                RequestEvent(.replyDateSet(DelayedReply(replyBy: replyBy, applicantNotifiedOn: notified)), on: notified))
        case (nil, .some): cells.reasons.append("填写了延迟答复期限，缺少延迟答复告知日期")
        case (.some, nil): cells.reasons.append("填写了延迟答复告知日期，缺少延迟答复期限")
        case (nil, nil): break
        }
    }

    private mutating func readConsultations(_ cells: inout LedgerCells) {
        let addressees = LedgerValues.list(cells.text(.consultationAddressee))
        let sent = cells.dates(.consultationSentOn)
        let delivered = cells.dates(.consultationDeliveredOn)
        let answered = cells.dates(.consultationAnsweredOn)
        let kindTexts = LedgerValues.list(cells.text(.consultationKind))
        let count = max(addressees.count, sent.count)
        guard count > 0 || !delivered.isEmpty || !answered.isEmpty else { return }
        guard sent.count == count || sent.count == 1 else {
            cells.reasons.append(
                sent.isEmpty ? "填写了征求意见情况，缺少征求意见日期" : "征求意见日期有\(sent.count)个，与征求意见对象（\(count)个）不符")
            return
        }
        for (field, items) in [(LedgerField.consultationDeliveredOn, delivered.count), (.consultationAnsweredOn, answered.count)]
        where items > 1 && items != count {
            cells.reasons.append("\(field.label)有\(items)个，与征求意见对象（\(count)个）不符；逐一填写或只填一个")
            return
        }
        var kinds: [ConsultationKind] = []
        for text in kindTexts {
            guard let kind = LedgerValues.consultationKind(text) else {
                cells.reasons.append(
                    "征求意见类型“\(text)”无法识别（应为 " + ConsultationKind.allCases.map(\.label).joined(separator: "、") + "）")
                return
            }
            kinds.append(kind)
        }
        for index in 0..<count {
            let name = addressees.isEmpty ? (count == 1 ? "" : "征求意见\(index + 1)") : LedgerCells.pick(addressees, index) ?? ""
            let consultation = Consultation(
                LedgerCells.pick(kinds, index) ?? .thirdParty, addressee: name,
                deliveredOn: LedgerCells.pick(delivered, index))
            let start = LedgerCells.pick(sent, index)!
            events.append(RequestEvent(.consultationStarted(consultation), on: start))
            if let end = LedgerCells.pick(answered, index) {
                events.append(RequestEvent(.consultationEnded(ConsultationAnswer(addressee: name)), on: end))
            }
        }
    }

    private mutating func readExtensions(_ cells: inout LedgerCells) {
        let dates = cells.dates(.extensionApprovedOn)
        guard !dates.isEmpty else { return }
        let days = LedgerValues.list(cells.text(.extensionDays)).map { Int($0.filter(\.isNumber)) }
        let approvers = LedgerValues.list(cells.text(.extensionApprovedBy))
        let notified = cells.dates(.extensionNotifiedOn)
        guard days.count == dates.count || days.count == 1, !days.contains(nil) else {
            cells.reasons.append(days.isEmpty ? "填写了延期日期，缺少延期天数" : "延期天数应为每次延期的工作日数，与延期日期一一对应")
            return
        }
        for (index, date) in dates.enumerated() {
            let approval = ExtensionApproval(
                days: LedgerCells.pick(days, index)!!, approvedBy: LedgerCells.pick(approvers, index) ?? "",
                applicantNotifiedOn: LedgerCells.pick(notified, index) ?? date)
            events.append(RequestEvent(.extensionApproved(approval), on: date))
        }
    }

    private mutating func readFee(_ cells: inout LedgerCells, pieceCount: Int) {
        guard let noticeOn = cells.date(.feeNoticeOn) else {
            if cells.has(.feePaidOn) { cells.reasons.append("填写了缴费日期，缺少收费通知日期") }
            return
        }
        let perCase: Bool
        if let text = cells.text(.feeMethod) {
            guard let parsed = LedgerValues.feeMethodIsPerCase(text) else {
                cells.reasons.append("收费方式“\(text)”无法识别（应为 按件计收 或 按量计收）")
                return
            }
            perCase = parsed
        } else {
            perCase = !cells.has(.feePages)
        }
        let basis: FeeBasis
        if perCase {
            guard let ordinal = cells.number(.feeOrdinal) else {
                cells.reasons.append("按件计收须填写收费件次（申请人本自然月向本机关申请的第几件）")
                return
            }
            basis = .perCase(monthlyOrdinal: ordinal, pieces: pieceCount)
        } else {
            guard let pages = cells.number(.feePages) else {
                cells.reasons.append("按量计收须填写收费页数")
                return
            }
            basis = .perVolume(pages: pages)
        }
        let amount: Int
        if let given = cells.number(.feeAmount) {
            amount = given
        } else {
            do {
                amount = try InformationProcessingFee.assess(basis).amountYuan
            } catch {
                cells.reasons.append(error.message)
                return
            }
        }
        let notice = FeeNotice(
            basis: basis, amountYuan: amount, paymentDue: cells.date(.feePaymentDue),
            deliveredOn: cells.date(.feeNoticeDeliveredOn))
        events.append(RequestEvent(.feeNoticeIssued(notice), on: noticeOn))
        if let paid = cells.date(.feePaidOn) { events.append(RequestEvent(.feePaid, on: paid)) }
    }

    private mutating func readClosing(_ cells: inout LedgerCells) {
        let replied = cells.date(.repliedOn)
        let lapsed = cells.date(.lapsedOn)
        let withdrawn = cells.date(.withdrawnOn)
        if let text = cells.text(.result) {
            guard let parsed = LedgerValues.outcome(text) else {
                cells.reasons.append("办理结果“\(text)”无法识别（应为年度报告表三的结果，如“予以公开”“本机关不掌握相关政府信息”，或“撤回”）")
                return
            }
            outcome = parsed
        } else if withdrawn != nil {
            outcome = .withdrawn
        } else if lapsed != nil {
            // A lapse date alone: whichever deadline the history left pending.
            outcome = events.contains { $0.kind.tag == .feeNoticeIssued } && !events.contains { $0.kind.tag == .feePaid }
                ? .feeLapsed : .correctionLapsed
        }
        switch outcome {
        case .replied?:
            closingDate = replied
            if replied == nil { cells.reasons.append("填写了办理结果，缺少\(LedgerField.repliedOn.label)") }
        case .withdrawn?:
            closingDate = withdrawn ?? replied
            if closingDate == nil { cells.reasons.append("办理结果为撤回，缺少撤回日期") }
        case .correctionLapsed?, .feeLapsed?:
            // No date: the day after the deadline (filled in by `closing(for:)`).
            closingDate = lapsed ?? replied
        case nil:
            if replied != nil { cells.reasons.append("填写了\(LedgerField.repliedOn.label)，缺少办理结果") }
        }
        if outcome == .correctionLapsed, !events.contains(where: { $0.kind.tag == .correctionRequested }) {
            cells.reasons.append("办理结果为逾期不补正，须填写补正通知日期和补正期限")
        }
        if outcome == .feeLapsed, !events.contains(where: { $0.kind.tag == .feeNoticeIssued }) {
            cells.reasons.append("办理结果为逾期未缴费，须填写收费通知日期")
        }
    }
}
