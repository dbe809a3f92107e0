/// An identity document of a natural person (身份证明, 《条例》第二十九条).
public struct IdentityDocument: Sendable, Hashable, Codable {
    /// The kind of document.
    public let kind: IdentityDocumentKind
    /// The number, upper-cased and without spaces.
    public let number: String

    /// A document; a 居民身份证 number is checked (18 characters, GB 11643 check character),
    /// other documents only for being non-blank, as their formats vary.
    public init(kind: IdentityDocumentKind, number: String) throws(ApplicantError) {
        let number = String(number.filter { !$0.isWhitespace }.uppercased())
        guard !number.isEmpty else { throw .missingDocumentNumber(kind) }
        if kind == .residentIDCard { try Self.checkResidentID(number) }
        self.kind = kind
        self.number = number
    }

    /// GB 11643-1999: 17 digits and a check character, ISO 7064 MOD 11-2.
    static func checkResidentID(_ number: String) throws(ApplicantError) {
        let characters = Array(number)
        guard characters.count == 18, characters.prefix(17).allSatisfy({ $0.isASCII && $0.isNumber }),
            characters[17].isASCII, characters[17].isNumber || characters[17] == "X"
        else { throw .invalidResidentID(number, expected: nil) }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(characters.prefix(17), weights).reduce(0) { $0 + $1.0.wholeNumberValue! * $1.1 }
        let expected = Array("10X98765432")[sum % 11]
        guard characters[17] == expected else { throw .invalidResidentID(number, expected: expected) }
    }

    /// Decodes through the validating initializer, so stored data is checked like new input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            kind: container.decode(IdentityDocumentKind.self, forKey: .kind),
            number: container.decode(String.self, forKey: .number))
    }
}

/// The kinds of identity document accepted from natural persons.
public enum IdentityDocumentKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// 居民身份证 (checked by GB 11643).
    case residentIDCard
    /// 护照.
    case passport
    /// 港澳居民来往内地通行证.
    case hongKongMacaoPermit
    /// 台湾居民来往大陆通行证.
    case taiwanPermit
    /// 外国人永久居留身份证.
    case foreignPermanentResidentCard
    /// 其他身份证明.
    case other

    /// "居民身份证", "护照"…
    public var label: String {
        switch self {
        case .residentIDCard: "居民身份证"
        case .passport: "护照"
        case .hongKongMacaoPermit: "港澳居民来往内地通行证"
        case .taiwanPermit: "台湾居民来往大陆通行证"
        case .foreignPermanentResidentCard: "外国人永久居留身份证"
        case .other: "其他身份证明"
        }
    }
}

/// Why applicant details are incomplete or invalid.
public enum ApplicantError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name is blank.
    case missingName
    /// An organisation without a contact person.
    case missingContactPerson
    /// No phone, address or e-mail.
    case missingContact
    /// An e-mail address that is not one.
    case invalidEmail(String)
    /// The document number is blank.
    case missingDocumentNumber(IdentityDocumentKind)
    /// `expected` is the right check character when only that is wrong; `nil` when the form is wrong.
    case invalidResidentID(String, expected: Character?)
    /// An invalid 统一社会信用代码.
    case invalidCreditCode(CreditCodeError)

    /// The message in Chinese.
    public var message: String {
        switch self {
        case .missingName: "申请人姓名或名称不能为空"
        case .missingContactPerson: "法人或其他组织申请人须填写联系人"
        case .missingContact: "申请人须至少提供一种联系方式（电话、通信地址或电子邮箱）"
        case .invalidEmail(let email): "电子邮箱“\(email)”格式不正确"
        case .missingDocumentNumber(let kind): "\(kind.label)号码不能为空"
        case .invalidResidentID(let number, let expected?):
            "居民身份证号码“\(number)”校验位错误：第18位应为“\(expected)”；请核对是否抄错"
        case .invalidResidentID(let number, nil):
            "居民身份证号码“\(number)”格式不正确：应为17位数字加1位数字或X"
        case .invalidCreditCode(let error): error.message
        }
    }

    /// The message in Chinese.
    public var description: String { message }
}
