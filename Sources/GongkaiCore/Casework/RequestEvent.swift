/// One dated step in the handling of a request. The events of a request, in order, are its
/// whole history; state, deadline and table-3 classification are all derived from them.
public struct RequestEvent: Sendable, Hashable {
    /// The day it happened (a notice's date of issue, a document's date of receipt…).
    public let date: CivilDate
    /// What happened.
    public let kind: Kind
    /// The officer's remark, if any.
    public let note: String?

    /// An event of `kind` on `date`.
    public init(_ kind: Kind, on date: CivilDate, note: String? = nil) {
        self.date = date
        self.kind = kind
        self.note = note
    }

    /// What happened.
    public enum Kind: Sendable, Hashable {
        /// 补正通知 sent (第三十条), giving the applicant until `correctionDue` to supplement.
        case correctionRequested(correctionDue: CivilDate)
        /// The supplemented application arrived; the reply clock restarts from this day.
        case correctionReceived
        /// The applicant did not supplement by the deadline: the application is not handled
        /// further (（六）1 in 2021). Dated the day it lapsed: by default the day after the
        /// correction deadline (`RequestProgress.lapseDate`).
        case correctionLapsed
        /// A 征求意见书 sent (第三十二条 third party, 第三十四条 co-maker, 第三十三条第三款 other agency,
        /// 第十七条 secrecy review); several may be out at once.
        case consultationStarted(Consultation)
        /// The consulted party's answer arrived (or the agency closed the consultation).
        case consultationEnded(ConsultationAnswer)
        /// The reply period extended (第三十三条第二款); several approvals may add up to the limit.
        case extensionApproved(ExtensionApproval)
        /// A 信息处理费 notice sent (第四十二条; 国办函〔2020〕109号).
        case feeNoticeIssued(FeeNotice)
        /// The applicant paid the fee.
        case feePaid
        /// The applicant did not pay by the deadline: not handled further (（六）2 in 2021). The
        /// day the notice reached the applicant may be given here when it was not known at issue.
        case feeLapsed(noticeDeliveredOn: CivilDate?)
        /// 第三十五条: the agency asks the applicant to explain a request whose number or frequency
        /// clearly exceeds a reasonable range.
        case reasonsRequested
        /// 第三十五条: the applicant's explanation arrived.
        case reasonsReceived
        /// 第三十五条: the reasons accepted, the agency set a reasonable later reply date and told
        /// the applicant; the request is not overdue until that date.
        case replyDateSet(DelayedReply)
        /// The reply (答复) was given, with its table-3 result.
        case replied(ReplyResult)
        /// The applicant withdrew the application (counted in （六）3 其他 / 2019 （六）).
        case withdrawn

        /// The stable tag of the kind, for database columns and messages.
        public var tag: RequestEventTag {
            switch self {
            case .correctionRequested: .correctionRequested
            case .correctionReceived: .correctionReceived
            case .correctionLapsed: .correctionLapsed
            case .consultationStarted: .consultationStarted
            case .consultationEnded: .consultationEnded
            case .extensionApproved: .extensionApproved
            case .feeNoticeIssued: .feeNoticeIssued
            case .feePaid: .feePaid
            case .feeLapsed: .feeLapsed
            case .reasonsRequested: .reasonsRequested
            case .reasonsReceived: .reasonsReceived
            case .replyDateSet: .replyDateSet
            case .replied: .replied
            case .withdrawn: .withdrawn
            }
        }
    }
}

/// The kinds of request event, without their data: stable raw values for storage.
public enum RequestEventTag: String, Sendable, Hashable, CaseIterable, Codable {
    /// One tag per case of `RequestEvent.Kind`, same names.
    case correctionRequested, correctionReceived, correctionLapsed, consultationStarted, consultationEnded,
        extensionApproved, feeNoticeIssued, feePaid, feeLapsed, reasonsRequested, reasonsReceived, replyDateSet,
        replied, withdrawn

    /// "补正通知", "收到补正材料"…: the event's name in messages.
    public var label: String {
        switch self {
        case .correctionRequested: "补正通知"
        case .correctionReceived: "收到补正材料"
        case .correctionLapsed: "逾期未补正"
        case .consultationStarted: "征求意见"
        case .consultationEnded: "征求意见结束"
        case .extensionApproved: "延长答复期限"
        case .feeNoticeIssued: "收费通知"
        case .feePaid: "缴纳信息处理费"
        case .feeLapsed: "逾期未缴费"
        case .reasonsRequested: "要求说明理由"
        case .reasonsReceived: "收到申请理由"
        case .replyDateSet: "告知延迟答复期限"
        case .replied: "作出答复"
        case .withdrawn: "撤回申请"
        }
    }
}

/// An approved extension of the reply period (第三十三条第二款; 2007: 第二十四条第二款).
public struct ExtensionApproval: Sendable, Hashable, Codable {
    /// Working days added; all approvals of a request together at most 20 (2007: 15).
    public let days: Int
    /// The head of the disclosure office (政府信息公开工作机构负责人) who approved it.
    public let approvedBy: String
    /// The day the applicant was told (告知申请人).
    public let applicantNotifiedOn: CivilDate

    /// An approval of `days` working days by `approvedBy`, told to the applicant on `applicantNotifiedOn`.
    public init(days: Int, approvedBy: String, applicantNotifiedOn: CivilDate) {
        self.days = days
        self.approvedBy = approvedBy
        self.applicantNotifiedOn = applicantNotifiedOn
    }
}

/// A 信息处理费 notice: what is charged, and when it reached the applicant.
///
/// The applicant pays within 20 working days from the day after receiving the notice
/// (`InformationProcessingFee.statutoryPaymentDue`); a notice may give a later date, never an
/// earlier one.
public struct FeeNotice: Sendable, Hashable, Codable {
    /// The method and quantity charged (one of the two, never both).
    public let basis: FeeBasis
    /// The amount in 元; must equal the scale's amount for `basis`.
    public let amountYuan: Int
    /// The last day for payment written in the notice; `nil` when the notice gives the statutory
    /// period ("收到本通知次日起20个工作日内").
    public let paymentDue: CivilDate?
    /// The day the notice reached the applicant (送达), when known.
    public let deliveredOn: CivilDate?

    /// A notice with an explicit amount (checked against the scale when recorded).
    public init(basis: FeeBasis, amountYuan: Int, paymentDue: CivilDate? = nil, deliveredOn: CivilDate? = nil) {
        self.basis = basis
        self.amountYuan = amountYuan
        self.paymentDue = paymentDue
        self.deliveredOn = deliveredOn
    }

    /// A notice charging the scale's amount for `basis`.
    public init(basis: FeeBasis, paymentDue: CivilDate? = nil, deliveredOn: CivilDate? = nil) throws(FeeError) {
        self.init(
            basis: basis, amountYuan: try InformationProcessingFee.assess(basis).amountYuan, paymentDue: paymentDue,
            deliveredOn: deliveredOn)
    }
}

/// 第三十五条: the later reply date an agency set for a mass or repeated request, and the day the
/// applicant was told.
public struct DelayedReply: Sendable, Hashable, Codable {
    /// The reply is due by this day (延迟答复的合理期限).
    public let replyBy: CivilDate
    /// The day the applicant was told (告知申请人).
    public let applicantNotifiedOn: CivilDate

    /// A reply date `replyBy`, told to the applicant on `applicantNotifiedOn`.
    public init(replyBy: CivilDate, applicantNotifiedOn: CivilDate) {
        self.replyBy = replyBy
        self.applicantNotifiedOn = applicantNotifiedOn
    }
}
