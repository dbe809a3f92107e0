/// An official notice (文书) as issued: every word fixed, so that the stored letter is the letter.
///
/// A letter is composed from typed facts by `LetterComposer` and rendered by `LetterRenderer`
/// (DOCX on GB/T 9704, HTML, PDF). Its JSON form (`jsonValue`, `init(jsonValue:)`) is a stable
/// snapshot: the web stores the issued letter once and renders it again, identically, later.
///
/// Dates are written with Arabic numerals, "2026年1月5日": GB/T 9704—2012 §7.3.5 requires the
/// 成文日期 in Arabic numerals with the year in full and no leading zeros (the 1999 edition's
/// "二〇二六年一月五日" is obsolete), and dates inside the body follow the same form so a letter
/// never mixes two.
public struct OfficialLetter: Sendable, Hashable {
    /// The JSON schema name, stored with every letter.
    public static let schema = "gongkai.letter/1"

    /// Which notice this is.
    public var kind: LetterKind
    /// The title (标题): the issuing agency and the kind, "江东市教育局政府信息公开申请答复书".
    public var title: String
    /// The document number (发文字号), "江教依申复〔2026〕5号".
    public var number: String
    /// The request's number (申请编号) the letter belongs to, for finding it again; `nil` for none.
    public var caseNumber: String?
    /// Whom the letter is to (主送), without the colon: the applicant, or the consulted party.
    public var addressee: String
    /// The paragraphs of the body (正文), each indented two characters when rendered.
    public var body: [String]
    /// The provisions the letter rests on, in the order the body cites them.
    public var legalBasis: [LegalCitation]
    /// The sentence on the rights of appeal (复议/诉讼); `nil` for letters that do not decide.
    public var appealRights: String?
    /// The closing formula, "特此答复。", "特此告知。"…
    public var closing: String
    /// The issuing agency (发文机关署名), over which the seal (印章) is pressed.
    public var issuer: String
    /// The date of the letter (成文日期).
    public var date: CivilDate
    /// The note under the date (附注): who to contact and how, "联系人：王芳，联系电话：0512-1234567".
    public var contact: String?
    /// Copies to (抄送), in order.
    public var copyTo: [String]

    /// A letter with every part given.
    public init(
        kind: LetterKind, title: String, number: String, caseNumber: String?, addressee: String, body: [String],
        legalBasis: [LegalCitation], appealRights: String?, closing: String, issuer: String, date: CivilDate,
        contact: String?, copyTo: [String]
    ) {
        self.kind = kind
        self.title = title
        self.number = number
        self.caseNumber = caseNumber
        self.addressee = addressee
        self.body = body
        self.legalBasis = legalBasis
        self.appealRights = appealRights
        self.closing = closing
        self.issuer = issuer
        self.date = date
        self.contact = contact
        self.copyTo = copyTo
    }

    /// The date as the letter prints it: "2026年1月5日".
    public var dateText: String { date.chineseText }

    /// The paragraphs after the addressee, in reading order: body, appeal rights, closing.
    public var mainText: [String] { body + (appealRights.map { [$0] } ?? []) + [closing] }

    /// The 附注 as printed: the contact line in parentheses.
    public var contactNote: String? { contact.map { "（\($0)）" } }

    /// The 版记 line, "抄送：江东市人民政府办公室，江东市司法局。"; `nil` without copies.
    public var copyToLine: String? {
        copyTo.isEmpty ? nil : "抄送：" + copyTo.joined(separator: "，") + "。"
    }

    /// Every line of the letter in reading order, as plain text: what a reader of the DOCX, the
    /// PDF or the HTML should find.
    public var lines: [String] {
        var lines = [title, number, addressee + "："] + mainText + [issuer, dateText]
        if let contactNote { lines.append(contactNote) }
        if let copyToLine { lines.append(copyToLine) }
        return lines
    }
}

/// The kinds of notice Gongkai issues.
public enum LetterKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// 政府信息公开申请答复书 (《条例》第三十六条至第三十九条、第三十五条、第三十条).
    case reply
    /// 不予处理告知书 (the （五） results of table 3).
    case notProcessed
    /// 补正告知书 (第三十条).
    case correction
    /// 延期答复告知书 (第三十三条第二款).
    case deadlineExtension
    /// 征求意见函 (第三十二条 third party; 第三十四条 co-making agency).
    case consultation
    /// 信息处理费收费通知书 (第四十二条; 国办函〔2020〕109号).
    case feeNotice

    /// The kind's name as the title ends: "政府信息公开申请答复书"…
    public var titleSuffix: String {
        switch self {
        case .reply: "政府信息公开申请答复书"
        case .notProcessed: "政府信息公开申请不予处理告知书"
        case .correction: "政府信息公开申请补正告知书"
        case .deadlineExtension: "政府信息公开申请延期答复告知书"
        case .consultation: "政府信息公开征求意见函"
        case .feeNotice: "政府信息公开信息处理费收费通知书"
        }
    }

    /// The short name in lists: "答复书", "不予处理告知书"…
    public var label: String {
        switch self {
        case .reply: "答复书"
        case .notProcessed: "不予处理告知书"
        case .correction: "补正告知书"
        case .deadlineExtension: "延期答复告知书"
        case .consultation: "征求意见函"
        case .feeNotice: "收费通知书"
        }
    }

    /// How the letter names itself in its text: "本答复书", "本告知书"…
    var selfReference: String {
        switch self {
        case .reply: "本答复书"
        case .notProcessed, .correction, .deadlineExtension: "本告知书"
        case .consultation: "本函"
        case .feeNotice: "本通知书"
        }
    }

    /// Whether the letter decides something the applicant can appeal, and so carries the
    /// appeal-rights sentence.
    ///
    /// The reply and the 不予处理 notice end the case. The fee notice imposes a payment of its own,
    /// which can be challenged apart from the reply, so it carries the sentence too. The
    /// correction, extension and consultation letters are steps of the procedure that decide
    /// nothing on the request (the consultation letter is not even addressed to the applicant);
    /// no law requires a rights notice on them, and a notice on a step would mislead the applicant
    /// into appealing a step instead of the reply.
    public var carriesAppealRights: Bool {
        switch self {
        case .reply, .notProcessed, .feeNotice: true
        case .correction, .deadlineExtension, .consultation: false
        }
    }
}

/// One provision a letter cites: the law (with 书名号) and the article, paragraph or item.
public struct LegalCitation: Sendable, Hashable {
    /// The law's title as cited, "《中华人民共和国政府信息公开条例》".
    public var law: String
    /// "第三十六条第（三）项"; `nil` when the law is cited as a whole (the fee measures).
    public var provision: String?

    /// A citation of `provision` of `law`.
    public init(_ law: String, _ provision: String?) {
        self.law = law
        self.provision = provision
    }

    /// "《中华人民共和国政府信息公开条例》第三十六条第（三）项".
    public var text: String { law + (provision ?? "") }
}
