import Foundation

/// The fields a ledger (台账) column can hold. Raw values are the names used in `--map`.
public enum LedgerField: String, Sendable, Hashable, CaseIterable {
    case caseNumber = "case_number"
    case receivedOn = "received_on"
    case applicantType = "applicant_type"
    case applicantName = "applicant_name"
    case idDocumentKind = "id_document_kind"
    case idDocumentNumber = "id_document_number"
    case creditCode = "credit_code"
    case contactPerson = "contact_person"
    case phone
    case address
    case email
    case channel
    case content
    case correctionRequestedOn = "correction_requested_on"
    case correctionDue = "correction_due"
    case correctionReceivedOn = "correction_received_on"
    case extensionApprovedOn = "extension_approved_on"
    case extensionDays = "extension_days"
    case extensionApprovedBy = "extension_approved_by"
    case extensionNotifiedOn = "extension_notified_on"
    case consultationKind = "consultation_kind"
    case consultationAddressee = "consultation_addressee"
    case consultationSentOn = "consultation_sent_on"
    case consultationDeliveredOn = "consultation_delivered_on"
    case consultationAnsweredOn = "consultation_answered_on"
    case feeNoticeOn = "fee_notice_on"
    case feeMethod = "fee_method"
    case feeOrdinal = "fee_ordinal"
    case feePages = "fee_pages"
    case feeAmount = "fee_amount"
    case feeNoticeDeliveredOn = "fee_notice_delivered_on"
    case feePaymentDue = "fee_payment_due"
    case feePaidOn = "fee_paid_on"
    case pieceCount = "piece_count"
    case reasonsRequestedOn = "reasons_requested_on"
    case reasonsReceivedOn = "reasons_received_on"
    case delayNotifiedOn = "delay_notified_on"
    case delayedReplyBy = "delayed_reply_by"
    case lapsedOn = "lapsed_on"
    case withdrawnOn = "withdrawn_on"
    case result
    case repliedOn = "replied_on"

    /// The field's name in messages.
    public var label: String { headers[0] }

    /// The column headings recognised by default (normalized: no spaces), most usual first.
    public var headers: [String] {
        switch self {
        case .caseNumber: ["申请编号", "受理编号", "案件编号", "编号", "案号", "流水号"]
        case .receivedOn: ["收到日期", "收到申请日期", "收到申请时间", "受理日期", "登记日期", "申请日期", "申请时间"]
        case .applicantType: ["申请人类型", "申请人类别", "申请人性质", "申请主体类型"]
        case .applicantName: ["申请人姓名/名称", "申请人姓名或名称", "申请人名称", "申请人姓名", "申请人", "姓名/名称", "姓名"]
        case .idDocumentKind: ["证件类型", "身份证件类型", "证件名称"]
        case .idDocumentNumber: ["证件号码", "身份证件号码", "身份证号码", "身份证号"]
        case .creditCode: ["统一社会信用代码", "信用代码"]
        case .contactPerson: ["联系人", "联系人姓名", "经办人"]
        case .phone: ["联系电话", "电话", "手机", "手机号码"]
        case .address: ["通信地址", "通讯地址", "联系地址", "地址"]
        case .email: ["电子邮箱", "邮箱", "电子邮件地址"]
        case .channel: ["申请方式", "申请渠道", "提交方式", "申请途径"]
        case .content: ["申请内容", "申请公开的政府信息", "申请公开内容", "所需信息", "申请事项"]
        case .correctionRequestedOn: ["补正通知日期", "补正告知日期", "告知补正日期"]
        case .correctionDue: ["补正期限", "补正截止日期"]
        case .correctionReceivedOn: ["补正日期", "收到补正日期", "补正材料收到日期"]
        case .extensionApprovedOn: ["延期日期", "批准延期日期", "延长答复期限日期"]
        case .extensionDays: ["延期天数", "延长工作日", "延长天数"]
        case .extensionApprovedBy: ["延期批准人", "批准人"]
        case .extensionNotifiedOn: ["延期告知日期", "告知延期日期", "延期告知申请人日期"]
        case .consultationKind: ["征求意见类型", "征求意见对象类型", "被征求意见方类型"]
        case .consultationAddressee: ["征求意见对象", "被征求意见方", "被征求意见单位", "对象"]
        case .consultationSentOn: ["征求意见日期", "征求意见发出日期", "发出征求意见日期", "征求意见书发出日期"]
        case .consultationDeliveredOn: ["送达日期", "征求意见书送达日期", "征求意见送达日期"]
        case .consultationAnsweredOn: ["意见收到日期", "收到意见日期", "回复意见日期", "征求意见回复日期"]
        case .feeNoticeOn: ["收费通知日期", "发出收费通知日期", "收费通知书日期"]
        case .feeMethod: ["收费方式", "计费方式", "计收方式"]
        case .feeOrdinal: ["收费件次", "本月件次", "本自然月件次"]
        case .feePages: ["收费页数", "计费页数", "页数"]
        case .feeAmount: ["收费金额", "信息处理费金额", "应缴金额"]
        case .feeNoticeDeliveredOn: ["收费通知送达日期", "收费通知收到日期"]
        case .feePaymentDue: ["缴费期限", "缴费截止日期"]
        case .feePaidOn: ["缴费日期", "缴纳日期", "缴费时间"]
        case .pieceCount: ["计费件数", "拆分件数", "折算件数"]
        case .reasonsRequestedOn: ["要求说明理由日期", "说明理由通知日期", "要求说明理由时间"]
        case .reasonsReceivedOn: ["理由收到日期", "收到说明理由日期", "说明理由日期"]
        case .delayNotifiedOn: ["延迟答复告知日期", "告知延迟答复日期"]
        case .delayedReplyBy: ["延迟答复期限", "延迟答复日期", "延迟答复至"]
        case .lapsedOn: ["视为放弃日期", "逾期日期", "逾期未补正日期", "逾期未缴费日期"]
        case .withdrawnOn: ["撤回日期", "撤回申请日期"]
        case .result: ["办理结果", "答复结果", "处理结果", "答复类型", "办理情况"]
        case .repliedOn: ["答复日期", "办结日期", "答复时间", "办结时间"]
        }
    }

    /// Fields without which no row can be imported.
    static let required: [LedgerField] = [.receivedOn, .applicantType, .applicantName, .content]
}

/// Which column holds which field: defaults from the headings, overridable per heading.
public struct LedgerMapping: Sendable, Hashable {
    /// Heading (normalized) → field, given by the user; wins over the defaults.
    public var overrides: [String: LedgerField]

    public init(overrides: [String: LedgerField] = [:]) {
        self.overrides = overrides
    }

    /// Parses `收到日期=received_on,申请人=applicant_name` (commas or new lines between pairs;
    /// `#` starts a comment line), as given to `--map` or in a mapping file.
    public static func parse(_ text: String) throws(LedgerMappingError) -> LedgerMapping {
        var overrides: [String: LedgerField] = [:]
        let pairs = text.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == "，" })
        for pair in pairs {
            let trimmed = pair.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let equals = trimmed.firstIndex(of: "=") else { throw LedgerMappingError(pair: trimmed) }
            let heading = normalize(String(trimmed[..<equals]))
            let name = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard let field = LedgerField(rawValue: name) else { throw LedgerMappingError(pair: trimmed) }
            overrides[heading] = field
        }
        return LedgerMapping(overrides: overrides)
    }

    /// A heading without spaces, line breaks, asterisks (required-field marks) or full-width slashes.
    static func normalize(_ heading: String) -> String {
        String(
            heading.filter { !$0.isWhitespace && $0 != "*" && $0 != "＊" }
                .map { $0 == "／" ? "/" : $0 })
    }

    /// The field of each column of `header` (`nil` for a column not used); a field is taken by
    /// its first column only.
    public func fields(for header: [String]) -> [LedgerField?] {
        var taken: Set<LedgerField> = []
        var result: [LedgerField?] = []
        let normalized = header.map(Self.normalize)
        // Overrides and exact headings first, so "申请人" cannot steal "申请人类型".
        var assigned: [Int: LedgerField] = [:]
        for (index, heading) in normalized.enumerated() {
            if let field = overrides[heading] ?? LedgerField.allCases.first(where: { $0.headers.contains(heading) }),
                !taken.contains(field)
            {
                assigned[index] = field
                taken.insert(field)
            }
        }
        for (index, heading) in normalized.enumerated() where assigned[index] == nil && !heading.isEmpty {
            let candidates = LedgerField.allCases.filter { !taken.contains($0) }.compactMap { field in
                field.headers.filter { heading.contains($0) }.map(\.count).max().map { (field, $0) }
            }
            if let best = candidates.max(by: { $0.1 < $1.1 }) {
                assigned[index] = best.0
                taken.insert(best.0)
            }
        }
        for index in normalized.indices { result.append(assigned[index]) }
        return result
    }
}

/// A `--map` pair that is not `表头=字段`.
public struct LedgerMappingError: Error, Sendable, CustomStringConvertible {
    public let pair: String
    public var description: String {
        "列映射“\(pair)”无效：应为 表头=字段，字段可为 " + LedgerField.allCases.map(\.rawValue).joined(separator: "、")
    }
}
