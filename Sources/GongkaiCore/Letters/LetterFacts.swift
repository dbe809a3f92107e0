/// Everything a letter states that is not the decision itself: who issues it, about which
/// request, under which number and on which day. Plain values, so the web can fill them from its
/// records without the letters depending on how cases are stored.
public struct LetterFacts: Sendable, Hashable, Codable {
    /// The issuing agency's standing data.
    public var agency: AgencyLetterProfile
    /// The request the letter is about.
    public var request: RequestSummary
    /// The letter's document number (发文字号), allocated by the caller.
    public var number: DocumentNumber
    /// The date of the letter (成文日期).
    public var date: CivilDate
    /// Copies to (抄送), in order; usually none.
    public var copyTo: [String]

    /// The facts of one letter.
    public init(
        agency: AgencyLetterProfile, request: RequestSummary, number: DocumentNumber, date: CivilDate,
        copyTo: [String] = []
    ) {
        self.agency = agency
        self.request = request
        self.number = number
        self.date = date
        self.copyTo = copyTo
    }
}

/// What an agency sets once for all its letters.
public struct AgencyLetterProfile: Sendable, Hashable, Codable {
    /// The agency's full name: the title's first words and the signature (发文机关署名).
    public var name: String
    /// The officer to contact (联系人), printed in the note under the date.
    public var contactPerson: String?
    /// The telephone for enquiries (联系电话).
    public var phone: String?
    /// Where appeals go: the 复议机关 and the court.
    public var appeal: AppealVenues

    /// An agency's letter settings.
    public init(name: String, contactPerson: String? = nil, phone: String? = nil, appeal: AppealVenues) {
        self.name = name.trimmedForRecord
        self.contactPerson = contactPerson?.trimmedForRecord.nilIfEmptyForRecord
        self.phone = phone?.trimmedForRecord.nilIfEmptyForRecord
        self.appeal = appeal
    }

    /// "联系人：王芳，联系电话：0512-1234567"; `nil` when neither is set.
    public var contactLine: String? {
        let parts = [contactPerson.map { "联系人：\($0)" }, phone.map { "联系电话：\($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "，")
    }
}

/// The request as letters restate it.
public struct RequestSummary: Sendable, Hashable, Codable {
    /// The applicant's name (姓名或者名称): the addressee of letters to the applicant.
    public var applicantName: String
    /// Whether the applicant is a 法人或其他组织 (addressed as 贵单位) rather than a person (您).
    public var applicantIsOrganization: Bool
    /// The request's number (申请编号).
    public var caseNumber: String
    /// The date of receipt under 第三十一条.
    public var receivedOn: CivilDate
    /// What was asked for, as the applicant described it (or the officer's faithful summary).
    public var content: String
    /// The form in which the applicant asked to receive the information, if stated.
    public var deliveryForm: DeliveryForm?

    /// A request's summary from plain values.
    public init(
        applicantName: String, applicantIsOrganization: Bool, caseNumber: String, receivedOn: CivilDate,
        content: String, deliveryForm: DeliveryForm? = nil
    ) {
        self.applicantName = applicantName.trimmedForRecord
        self.applicantIsOrganization = applicantIsOrganization
        self.caseNumber = caseNumber.trimmedForRecord
        self.receivedOn = receivedOn
        self.content = content.trimmedForRecord
        self.deliveryForm = deliveryForm
    }

    /// The summary of a recorded request.
    public init(_ request: DisclosureRequest, deliveryForm: DeliveryForm? = nil) {
        self.init(
            applicantName: request.applicant.name, applicantIsOrganization: request.applicantType.isOrganization,
            caseNumber: request.id.rawValue, receivedOn: request.receivedOn, content: request.content,
            deliveryForm: deliveryForm)
    }

    /// How the letters address the applicant: "您" or "贵单位".
    var you: String { applicantIsOrganization ? "贵单位" : "您" }
}

/// A document number (发文字号) as GB/T 9704 §7.2.4 writes it: the agency's code, the year in
/// full in 六角括号, the serial number without 第 and without leading zeros — "江教依申复〔2026〕5号".
public struct DocumentNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The agency's code for this kind of letter (机关代字), "江教依申复".
    public var prefix: String
    /// The year, in full.
    public var year: Int
    /// The serial number within the year, from 1.
    public var serial: Int

    /// A number; `LetterComposer` refuses a blank prefix, a year that is not four digits, or a
    /// serial below 1.
    public init(prefix: String, year: Int, serial: Int) {
        self.prefix = prefix.trimmedForRecord
        self.year = year
        self.serial = serial
    }

    /// "江教依申复〔2026〕5号".
    public var description: String { "\(prefix)〔\(year)〕\(serial)号" }

    /// Whether the parts can be printed as GB/T 9704 requires.
    var isValid: Bool { !prefix.isEmpty && (1000...9999).contains(year) && serial >= 1 }
}

/// The form in which information is provided (《条例》第四十条 lets the applicant ask for one).
public enum DeliveryForm: String, Sendable, Hashable, CaseIterable, Codable {
    /// 纸质: paper copies, handed over or posted.
    case paper
    /// 电子: electronic data (e-mail, the online platform, a data carrier).
    case electronic
    /// 自行领取: the applicant collects it at the agency.
    case selfCollect

    /// "纸质", "电子", "自行领取".
    public var label: String {
        switch self {
        case .paper: "纸质"
        case .electronic: "电子"
        case .selfCollect: "自行领取"
        }
    }
}

/// How the information granted reaches the applicant (第三十六条第（二）项: "提供…或者告知…获取的
/// 方式、途径和时间").
public struct Delivery: Sendable, Hashable, Codable {
    /// The form.
    public var form: DeliveryForm
    /// For paper and electronic delivery, how it is sent ("邮寄至您提供的通信地址"); for
    /// collection, when and where (required): "请于2026年1月30日前的工作日，到本机关一楼政务公开窗口".
    public var detail: String?

    /// A delivery in `form`.
    public init(_ form: DeliveryForm, detail: String? = nil) {
        self.form = form
        self.detail = detail?.trimmedForRecord.nilIfEmptyForRecord
    }
}
