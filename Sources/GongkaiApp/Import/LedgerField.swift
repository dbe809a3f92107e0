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
