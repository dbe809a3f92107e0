/// Who asks for information (申请人): a natural person or a 法人或其他组织.
///
/// 《条例》第二十九条 requires the name, an identity document and a way of contact. The
/// constructors of the payload types check these, so an `Applicant` in hand is always complete.
public enum Applicant: Sendable, Hashable, Codable {
    /// 自然人.
    case naturalPerson(NaturalPersonApplicant)
    /// 法人或其他组织.
    case organization(OrganizationApplicant)

    /// The table-3 column the applicant is counted in.
    public var type: ApplicantType {
        switch self {
        case .naturalPerson: .naturalPerson
        case .organization(let organization): organization.kind.applicantType
        }
    }

    /// The name of the person or organisation.
    public var name: String {
        switch self {
        case .naturalPerson(let person): person.name
        case .organization(let organization): organization.name
        }
    }

    /// The contact details.
    public var contact: ContactInfo {
        switch self {
        case .naturalPerson(let person): person.contact
        case .organization(let organization): organization.contact
        }
    }

    /// A key identifying the same applicant across requests, for the per-month count of
    /// 按件计收 fees: the identity document for a person, the credit code (else the name) for an
    /// organisation.
    public var identityKey: String {
        switch self {
        case .naturalPerson(let person): "person:\(person.idDocument.kind.rawValue):\(person.idDocument.number)"
        case .organization(let organization):
            organization.creditCode.map { "org:\($0.value)" } ?? "org-name:\(organization.name)"
        }
    }
}

/// A natural person applying (自然人).
public struct NaturalPersonApplicant: Sendable, Hashable, Codable {
    /// The name (姓名 / 名称), trimmed.
    public let name: String
    /// The identity document (身份证明).
    public let idDocument: IdentityDocument
    /// How to reach the applicant.
    public let contact: ContactInfo

    /// A person; the name must not be blank, the document must be valid, a contact must be given.
    public init(name: String, idDocument: IdentityDocument, contact: ContactInfo) throws(ApplicantError) {
        let name = name.trimmedForRecord
        guard !name.isEmpty else { throw .missingName }
        try contact.validate()
        self.name = name
        self.idDocument = idDocument
        self.contact = contact
    }

    /// Decodes through the validating initializer, so stored data is checked like new input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            name: container.decode(String.self, forKey: .name),
            idDocument: container.decode(IdentityDocument.self, forKey: .idDocument),
            contact: container.decode(ContactInfo.self, forKey: .contact))
    }
}

/// A 法人或其他组织 applying.
public struct OrganizationApplicant: Sendable, Hashable, Codable {
    /// The name (姓名 / 名称), trimmed.
    public let name: String
    /// Which of the five organisation columns of table 3 it is counted in.
    public let kind: OrganizationKind
    /// The 统一社会信用代码; `nil` only for organisations that have none (e.g. foreign ones).
    public let creditCode: UnifiedSocialCreditCode?
    /// The person who handles the request for the organisation (联系人).
    public let contactPerson: String
    /// How to reach the applicant.
    public let contact: ContactInfo

    /// An organisation; name and contact person must not be blank, a contact must be given.
    public init(
        name: String, kind: OrganizationKind, creditCode: UnifiedSocialCreditCode?, contactPerson: String,
        contact: ContactInfo
    ) throws(ApplicantError) {
        let name = name.trimmedForRecord
        let contactPerson = contactPerson.trimmedForRecord
        guard !name.isEmpty else { throw .missingName }
        guard !contactPerson.isEmpty else { throw .missingContactPerson }
        try contact.validate()
        self.name = name
        self.kind = kind
        self.creditCode = creditCode
        self.contactPerson = contactPerson
        self.contact = contact
    }

    /// Decodes through the validating initializer, so stored data is checked like new input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            name: container.decode(String.self, forKey: .name),
            kind: container.decode(OrganizationKind.self, forKey: .kind),
            creditCode: container.decodeIfPresent(UnifiedSocialCreditCode.self, forKey: .creditCode),
            contactPerson: container.decode(String.self, forKey: .contactPerson),
            contact: container.decode(ContactInfo.self, forKey: .contact))
    }
}

/// The five kinds of 法人或其他组织 in table 3 (raw values match `ApplicantType`).
public enum OrganizationKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他.
    case commercial, research, socialWelfare, legalService, other

    /// The table-3 column.
    public var applicantType: ApplicantType { ApplicantType(rawValue: rawValue)! }

    /// "商业企业", "科研机构"…
    public var label: String { applicantType.label }
}
