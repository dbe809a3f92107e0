/// How an application reached the agency, which fixes its date of receipt (《条例》第三十一条).
public enum RequestChannel: String, Sendable, Hashable, CaseIterable, Codable {
    /// 在线 (the agency's online platform).
    case online
    /// 信函 (post).
    case letter
    /// 当面 (handed in at the agency).
    case inPerson
    /// 传真.
    case fax
    /// 电子邮件.
    case email

    /// "在线", "信函"…
    public var label: String {
        switch self {
        case .online: "在线"
        case .letter: "信函"
        case .inPerson: "当面"
        case .fax: "传真"
        case .email: "电子邮件"
        }
    }

    /// The evidence that fixes the date of receipt for this channel.
    public var receiptEvidence: ReceiptEvidence.Kind {
        switch self {
        case .inPerson: .submitted
        case .letter: .signedFor
        case .online, .fax, .email: .confirmed
        }
    }

    /// The rule of 第三十一条 for this channel, for officers and applicants.
    public var receiptRule: String {
        switch self {
        case .inPerson: "当面提交申请的，以提交之日为收到申请之日（第三十一条第一项）"
        case .letter: "以邮寄方式提交申请的，以行政机关签收之日为收到申请之日（第三十一条第二项）"
        case .online, .fax, .email:
            "通过互联网渠道或者传真、电子邮件提交申请的，以双方确认之日为收到申请之日（第三十一条第三项）"
        }
    }

    /// The date of receipt shown by `evidence`, which must be the kind this channel needs.
    ///
    /// Ordinary (non-registered) mail whose signing date cannot be established is received on the
    /// day both sides confirm it (第三十一条第二项); pass `.confirmed` for a letter in that case.
    public func receiptDate(from evidence: ReceiptEvidence) throws(ReceiptEvidenceError) -> CivilDate {
        let allowed: Bool =
            switch (self, evidence.kind) {
            case (.letter, .confirmed): true
            default: evidence.kind == receiptEvidence
            }
        guard allowed else { throw ReceiptEvidenceError(channel: self, given: evidence.kind) }
        return evidence.date
    }
}

/// A dated fact that fixes the date of receipt under 第三十一条.
public struct ReceiptEvidence: Sendable, Hashable, Codable {
    /// What the date records.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The day the applicant handed the application in.
        case submitted
        /// The day the agency signed for the letter.
        case signedFor
        /// The day both sides confirmed receipt (online, fax, e-mail; ordinary mail).
        case confirmed

        /// "提交之日", "签收之日", "双方确认之日".
        public var label: String {
            switch self {
            case .submitted: "提交之日"
            case .signedFor: "签收之日"
            case .confirmed: "双方确认之日"
            }
        }
    }

    /// What the date records.
    public let kind: Kind
    /// The day.
    public let date: CivilDate

    /// Evidence of `kind` dated `date`.
    public init(_ kind: Kind, on date: CivilDate) {
        self.kind = kind
        self.date = date
    }
}

/// Evidence of a kind the channel does not use (e.g. a signing date for an online application).
public struct ReceiptEvidenceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The request's channel.
    public let channel: RequestChannel
    /// The kind of evidence given.
    public let given: ReceiptEvidence.Kind

    /// The message in Chinese.
    public var message: String {
        "\(channel.label)提交的申请不能以“\(given.label)”确定收到日期：\(channel.receiptRule)"
    }

    /// The message in Chinese.
    public var description: String { message }
}
