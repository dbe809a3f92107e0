import Foundation
import GongkaiCore

/// How ledger cells are read: dates in the forms officers type, and the labels of the statutory
/// tables for applicant types and results (from the templates, not a second list).
enum LedgerValues {
    /// "2025-03-04", "2025/3/4", "2025.3.4", "2025年3月4日", "20250304", or an Excel serial day.
    static func date(_ text: String) -> CivilDate? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let date = CivilDate(iso: text) { return date }
        if let serial = Int(text), (20_000...80_000).contains(serial) {
            // Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included).
            return CivilDate(year: 1899, month: 12, day: 30)!.adding(days: serial)
        }
        if text.count == 8, let number = Int(text) {
            return CivilDate(year: number / 10_000, month: number / 100 % 100, day: number % 100)
        }
        // A time after the date ("2025/3/4 10:30") is ignored.
        let datePart = text.split(separator: " ").first.map(String.init) ?? text
        let parts = datePart.split(whereSeparator: { "-/.年月日".contains($0) }).map(String.init)
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            year >= 1000
        else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// Text without spaces, numbering such as "（一）", "1." or "（三）不予公开" prefixes, or brackets.
    static func key(_ text: String) -> String {
        var text = String(text.filter { !$0.isWhitespace })
        text = text.replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）")
        while let open = text.firstIndex(of: "（"), open == text.startIndex, let close = text.firstIndex(of: "）") {
            text.removeSubrange(open...close)
        }
        while let first = text.first, first.isNumber || first == "." || first == "、" || first == "．" {
            text.removeFirst()
        }
        return text
    }

    /// The applicant type named by `text`: a table-3 column label or a usual synonym.
    static func applicantType(_ text: String) -> ApplicantType? {
        let key = key(text)
        if let type = ApplicantType(rawValue: key) ?? ApplicantType.allCases.first(where: { $0.label == key }) {
            return type
        }
        switch key {
        // A lawyer applying in their own name is a natural person; only a law firm is a 法律服务机构.
        case "公民", "个人", "自然人申请", "群众", "律师", "个人律师", "律师（个人）": return .naturalPerson
        case "企业", "公司", "商业企业法人": return .commercial
        case "科研院所", "高校", "高等院校", "高等学校", "科研机构", "研究所", "研究院": return .research
        case "公益组织", "社会组织": return .socialWelfare
        case "律师事务所", "律所", "法律服务所", "基层法律服务所": return .legalService
        // A school that is not a university or research institute is 其他.
        case "学校", "中学", "小学", "幼儿园", "职业学校", "其他组织", "其他法人或其他组织", "法人或其他组织": return .other
        default: return nil
        }
    }

    /// The consultation kind named by `text`: a `ConsultationKind` label or usual phrase.
    static func consultationKind(_ text: String) -> ConsultationKind? {
        let key = key(text)
        if let kind = ConsultationKind(rawValue: key) ?? ConsultationKind.allCases.first(where: { $0.label == key }) {
            return kind
        }
        switch key {
        case "第三方意见", "第三人", "利害关系人": return .thirdParty
        case "共同制作", "共同制作机关", "会签机关", "联合发文机关": return .coMakingAgency
        case "其他行政机关", "行政机关", "相关机关", "其他部门", "相关部门": return .otherAgency
        case "保密审查", "保密行政管理部门", "保密局", "主管部门", "报请确定": return .secrecyReview
        default: return nil
        }
    }

    /// "按件" or "按量" (with or without 计收).
    static func feeMethodIsPerCase(_ text: String) -> Bool? {
        let key = key(text)
        if key.hasPrefix("按件") { return true }
        if key.hasPrefix("按量") || key.hasPrefix("按页") { return false }
        return nil
    }

    /// A cell holding several values (one per consultation or extension): split on "；", ";",
    /// "、" or line breaks, blanks dropped.
    static func list(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.split(whereSeparator: { "；;、\n".contains($0) }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    /// The channel named by `text`.
    static func channel(_ text: String) -> RequestChannel? {
        let key = key(text)
        if let channel = RequestChannel(rawValue: key) ?? RequestChannel.allCases.first(where: { $0.label == key }) {
            return channel
        }
        switch key {
        case "网上", "网络", "网上申请", "在线申请", "互联网", "政府网站", "平台": return .online
        case "邮寄", "信件", "来信", "邮政", "挂号信": return .letter
        case "现场", "当面申请", "窗口", "来访", "当面提交": return .inPerson
        case "电子邮箱", "邮件", "email", "Email", "E-mail": return .email
        default: return nil
        }
    }

    /// The identity document kind named by `text`.
    static func documentKind(_ text: String) -> IdentityDocumentKind? {
        let key = key(text)
        if let kind =
            IdentityDocumentKind(rawValue: key) ?? IdentityDocumentKind.allCases.first(where: { $0.label == key })
        {
            return kind
        }
        switch key {
        case "身份证", "二代身份证", "居民身份证号码": return .residentIDCard
        default: return nil
        }
    }

    /// What a result cell says happened.
    enum Outcome: Hashable {
        case replied(ReplyResult)
        case withdrawn
        case correctionLapsed
        case feeLapsed
    }

    /// The outcome named by `text`: a result row's label (with or without its numbering and group,
    /// in either template), its key, or a usual phrase.
    static func outcome(_ text: String) -> Outcome? {
        let key = key(text)
        switch key {
        case "撤回", "申请人撤回", "撤回申请", "主动撤回": return .withdrawn
        case "逾期不补正", "逾期未补正", "无正当理由逾期不补正", "未补正": return .correctionLapsed
        case "逾期未缴费", "逾期未缴纳费用", "未缴费": return .feeLapsed
        default: break
        }
        let layout = Templates.layout(.requests, .v2021)
        for result in ReplyResult.allCases {
            guard let row = layout.row(RowKey(result.rawValue)) else { continue }
            var names = [result.rawValue, Self.key(row.label), Self.key(row.displayLabel)]
            // "部分公开" for "（二）部分公开（区分处理的，只计这一情形，不计其他情形）".
            if let note = names[1].firstIndex(of: "（"), names[1].hasSuffix("）") {
                names.append(String(names[1][..<note]))
            }
            if let group = row.groups.last { names.append(Self.key(group) + Self.key(row.label)) }
            if names.contains(key) {
                switch result {
                case .otherHandlingNoCorrection: return .correctionLapsed
                case .otherHandlingUnpaidFee: return .feeLapsed
                default: return .replied(result)
                }
            }
        }
        switch key {
        case "公开", "同意公开", "全部公开": return .replied(.granted)
        case "不掌握", "信息不存在", "非本机关掌握": return .replied(.unavailableNotHeld)
        case "其他处理", "其他": return .replied(.otherHandlingOther)
        default: return nil
        }
    }
}
