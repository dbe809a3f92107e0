import Foundation

extension DisclosureRequestError: CustomStringConvertible, LocalizedError {
    /// The message shown to officers: the request, the event, then what is wrong.
    public var description: String {
        var place = "申请 \(requestID)"
        if let eventIndex, let event {
            place += " 第\(eventIndex + 1)项事件（\(event.date.chineseText) \(event.kind.tag.label)）"
        }
        return "\(place)：\(reason.message)"
    }

    /// The same text, for `LocalizedError`.
    public var errorDescription: String? { description }
}

extension DisclosureRequestError.Reason {
    /// What is wrong, in Chinese, with the rule it breaks.
    public var message: String {
        switch self {
        case .emptyContent:
            "申请内容不能为空（第二十九条）"
        case .receipt(let error):
            error.message
        case .alreadyClosed(let closure):
            "该申请已于\(closure.date.chineseText)办结（\(closure.way.label)），不能再登记其他事项"
        case .dateBeforeReceipt(let receivedOn):
            "事件日期早于收到申请之日（\(receivedOn.chineseText)）"
        case .dateOutOfOrder(let previous):
            "事件日期早于上一事件（\(previous.chineseText)）；事件应按时间顺序登记"
        case .notAllowedWhile(let phase, let attempted, let since):
            "申请目前处于“\(phase.label)”状态" + (since.map { "（自\($0.chineseText)起）" } ?? "")
                + "，不能登记“\(attempted.label)”" + phase.hint
        case .correctionAlreadyRequested(let on):
            "已于\(on.chineseText)发出补正通知；第三十条要求一次性告知补正内容，不能再次要求补正"
        case .correctionAfterOtherSteps:
            "补正应在收到申请后7个工作日内一次性告知（第三十条），不能在征求意见、延期或收费之后要求补正"
        case .correctionDueNotAfterNotice(let due):
            "补正期限（\(due.chineseText)）应晚于补正通知发出之日"
        case .noCorrectionPending:
            "没有待补正的补正通知，不能登记补正结果"
        case .correctionNotYetLapsed(let due):
            "补正期限至\(due.chineseText)，尚未届满，不能认定申请人逾期未补正"
        case .consultationAlreadyOpen(let addressee):
            addressee.isEmpty
                ? "已有一项未写明对象的征求意见尚未结束；同时征求多方意见时，请写明每一项的征求意见对象"
                : "向“\(addressee)”征求意见尚未结束，不能重复登记"
        case .noConsultationOpen:
            "没有进行中的征求意见，不能登记征求意见结束"
        case .consultationNotFound(let addressee, let open):
            "没有向“\(addressee)”进行中的征求意见；进行中的为：" + open.map { $0.isEmpty ? "（未写明对象）" : "“\($0)”" }.joined(separator: "、")
        case .consultationAmbiguous(let open):
            "有\(open.count)项征求意见正在进行（" + open.map { $0.isEmpty ? "（未写明对象）" : $0 }.joined(separator: "、")
                + "），请写明结束的是哪一项"
        case .deliveredBeforeSending(let delivered):
            "送达日期（\(delivered.chineseText)）不能早于发出之日，也不能晚于登记之日"
        case .extensionTotalTooLong(let approved, let requested, let regime):
            (approved > 0 ? "此前已延长\(approved)个工作日，本次延长\(requested)个工作日，合计\(approved + requested)个工作日"
                : "延长期限为\(requested)个工作日")
                + "，超过\(regime.name)\(regime.replyArticle)规定的延长期限最长\(regime.maximumExtension)个工作日"
        case .extensionNotPositive(let days):
            "延长期限应至少为1个工作日，不能为\(days)"
        case .extensionApproverMissing:
            "延长答复期限须经政府信息公开工作机构负责人同意（第三十三条第二款），请填写批准人"
        case .extensionNotifiedBeforeApproval:
            "告知申请人延期的日期早于批准延期的日期"
        case .feeAlreadyNoticed(let on):
            "已于\(on.chineseText)发出收费通知，同一申请不能再次收费"
        case .invalidFeeBasis(let error):
            error.message
        case .noFeeDue(let basis):
            "按\(basis.methodLabel)标准本申请不应收费，不能发出收费通知"
        case .feeAmountMismatch(let expected, let given):
            "收费金额\(given)元与收费标准计算结果\(expected)元不符（国办函〔2020〕109号）"
        case .feeBeforeFeeMeasures:
            "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）自2021年1月1日起施行，此前不能收取信息处理费"
        case .paymentDueTooEarly(let due, let earliest):
            "缴费期限（\(due.chineseText)）早于申请人收到收费通知次日起20个工作日（\(earliest.chineseText)），不能缩短申请人的缴费期限（国办函〔2020〕109号）"
        case .noFeePending:
            "没有待缴费的收费通知，不能登记缴费结果"
        case .feeNotYetLapsed(let due):
            "缴费期限至\(due.chineseText)，尚未届满，不能认定申请人逾期未缴费"
        case .lapseResultAsReply(let result):
            "“\(result.label)”不是答复结果，应登记为“\(result == .otherHandlingNoCorrection ? "逾期未补正" : "逾期未缴费")”事件"
        case .stillUnclearWithoutCorrection:
            "“补正后申请内容仍不明确”要求此前已要求补正并收到补正材料"
        case .article35NotInRegime:
            "该申请于2019年5月15日前收到，适用2007年《条例》（国务院令第492号），没有第三十五条要求说明理由、延迟答复的规定"
        case .reasonsAlreadyRequested(let on):
            "已于\(on.chineseText)要求申请人说明理由"
        case .noReasonsRequested:
            "尚未要求申请人说明理由；第三十五条规定先要求说明理由，认为理由合理的，才可以确定延迟答复的期限"
        case .reasonsAlreadyReceived(let on):
            "已于\(on.chineseText)收到申请人说明的理由"
        case .replyDateAlreadySet(let replyBy):
            "已确定延迟答复期限至\(replyBy.chineseText)"
        case .replyDateNotAfterDecision(let replyBy):
            "延迟答复期限（\(replyBy.chineseText)）应晚于确定之日"
        case .replyDateNotifiedBeforeDecision:
            "告知申请人延迟答复期限的日期早于确定之日"
        case .invalidPieceCount(let count):
            "按一事一申请拆分计算的件数应至少为1，不能为\(count)（《政府信息公开信息处理费管理办法》第四条）"
        }
    }
}

extension RequestPhase {
    /// What the officer should record first, for messages.
    fileprivate var hint: String {
        switch self {
        case .awaitingCorrection: "；请先登记收到补正材料或逾期未补正"
        case .consulting: "；请先登记征求意见结束"
        case .awaitingFee: "；请先登记缴费或逾期未缴费"
        case .processing, .closed: ""
        }
    }
}

extension RequestClosure.Way {
    /// "作出答复", "逾期未补正"…
    public var label: String {
        switch self {
        case .replied: "作出答复"
        case .correctionLapsed: "逾期未补正"
        case .feeLapsed: "逾期未缴费"
        case .withdrawn: "撤回申请"
        }
    }
}
