/// The inputs of a letter, named so that a form can show an error beside the field to fix.
public enum LetterField: String, Sendable, Hashable, CaseIterable, Codable {
    case agencyName, reconsiderationBody, court
    case applicantName, caseNumber, receivedOn, requestContent
    case number, date
    case reasons, publishedAt, delivery, deliveryDetail, responsibleAgency, previousReplyDate, procedure,
        whereToObtain
    case correctionItems, correctionDeadline
    case extensionDays, newDueDate
    case fee, paymentMethod, paymentDue
    case consultedParty, information, consultationReason

    /// The field's name as the forms label it.
    public var label: String {
        switch self {
        case .agencyName: "机关名称"
        case .reconsiderationBody: "行政复议机关"
        case .court: "管辖法院"
        case .applicantName: "申请人姓名或者名称"
        case .caseNumber: "申请编号"
        case .receivedOn: "收到申请日期"
        case .requestContent: "申请内容"
        case .number: "文号"
        case .date: "成文日期"
        case .reasons: "理由"
        case .publishedAt: "获取方式和途径"
        case .delivery: "提供方式"
        case .deliveryDetail: "领取的时间和地点"
        case .responsibleAgency: "负责公开的行政机关"
        case .previousReplyDate: "此前答复日期"
        case .procedure: "依照办理的规定和途径"
        case .whereToObtain: "出版物获取途径"
        case .correctionItems: "需要补正的事项"
        case .correctionDeadline: "补正期限"
        case .extensionDays: "延长天数"
        case .newDueDate: "延长后的答复期限"
        case .fee: "收费金额"
        case .paymentMethod: "缴纳方式"
        case .paymentDue: "缴纳期限"
        case .consultedParty: "被征求意见方"
        case .information: "涉及的政府信息"
        case .consultationReason: "征求意见的理由"
        }
    }
}

/// Why a letter cannot be composed from the facts given; each names the field to fix.
public enum LetterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A required input is blank.
    case missing(LetterField)
    /// The document number cannot be printed as GB/T 9704 requires.
    case invalidNumber(DocumentNumber)
    /// The letter is dated before the 2019 Regulation took effect.
    case beforeRegulation(CivilDate)
    /// The letter is dated before the request was received.
    case beforeReceipt(letter: CivilDate, received: CivilDate)
    /// A deadline the letter sets is not after the letter's date.
    case deadlineNotAfterLetter(LetterField, deadline: CivilDate, letter: CivilDate)
    /// Extensions beyond the 20 working days of 第三十三条第二款 (this one plus earlier ones).
    case extensionTooLong(days: Int, earlier: Int)
    /// The amount differs from the scale of 国办函〔2020〕109号 for the basis given.
    case feeMismatch(given: Int, scale: Int)
    /// The scale charges nothing for this basis: there is nothing to notify.
    case noFeeDue
    /// The fee basis itself is invalid.
    case fee(FeeError)
    /// A 不予处理告知书 was asked for a reply that is not one of the （五） 不予处理 results.
    case notANotProcessedReply(StatutoryReply)

    /// The field to fix; `nil` when the letter kind itself is the wrong choice.
    public var field: LetterField? {
        switch self {
        case .missing(let field): field
        case .invalidNumber: .number
        case .beforeRegulation, .beforeReceipt: .date
        case .deadlineNotAfterLetter(let field, _, _): field
        case .extensionTooLong: .extensionDays
        case .feeMismatch, .noFeeDue, .fee: .fee
        case .notANotProcessedReply: nil
        }
    }

    /// The message in Chinese, precise enough to act on.
    public var message: String {
        switch self {
        case .missing(let field): "“\(field.label)”不能为空：\(Self.why(field))"
        case .invalidNumber(let number):
            "文号“\(number)”不合规范：应有机关代字、四位年份和从1开始的顺序号，如“某依申复〔2026〕5号”"
        case .beforeRegulation(let date):
            "成文日期\(date.chineseText)早于《中华人民共和国政府信息公开条例》（2019年修订）施行之日（2019年5月15日）"
        case .beforeReceipt(let letter, let received):
            "成文日期\(letter.chineseText)早于收到申请之日\(received.chineseText)"
        case .deadlineNotAfterLetter(let field, let deadline, let letter):
            "“\(field.label)”\(deadline.chineseText)应晚于成文日期\(letter.chineseText)"
        case .extensionTooLong(let days, let earlier):
            earlier == 0
                ? "延长答复期限\(days)个工作日超过《条例》第三十三条第二款规定的最长20个工作日"
                : "本次延长\(days)个工作日，加上此前已延长的\(earlier)个工作日，超过《条例》第三十三条第二款规定的最长20个工作日"
        case .feeMismatch(let given, let scale):
            "收费金额\(given)元与《政府信息公开信息处理费管理办法》的标准计算结果\(scale)元不一致"
        case .noFeeDue: "按所选计收方式，本申请不需收费，不能出具收费通知书"
        case .fee(let error): error.message
        case .notANotProcessedReply(let reply):
            "“\(reply.result.label)”不属于不予处理情形，应出具政府信息公开申请答复书"
        }
    }

    /// The message in Chinese.
    public var description: String { message }

    /// Why the law or the letter needs the field.
    private static func why(_ field: LetterField) -> String {
        switch field {
        case .reasons: "《条例》要求说明理由的答复必须写明具体理由"
        case .publishedAt: "已主动公开的，应告知获取该政府信息的方式、途径（《条例》第三十六条第（一）项）"
        case .deliveryDetail: "申请人自行领取的，应告知领取的时间和地点（《条例》第三十六条第（二）项）"
        case .delivery: "予以公开的，应写明提供政府信息的方式"
        case .previousReplyDate: "重复申请的答复应写明此前已作出答复的日期"
        case .procedure: "应告知申请人依照哪些法律、行政法规的规定、通过何种途径办理"
        case .whereToObtain: "应告知获取公开出版物的途径（《条例》第三十九条第二款）"
        case .correctionItems: "补正告知应一次性说明需要补正的事项（《条例》第三十条）"
        case .reconsiderationBody: "请在机关设置中填写行政复议机关，或者填写机关层级以推定默认的复议机关"
        case .court: "请在机关设置中填写管辖法院"
        case .paymentMethod: "收费通知应说明缴纳方式"
        default: "文书必须载明此项"
        }
    }
}
