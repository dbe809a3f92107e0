import Foundation
import GongkaiCore

/// The applicant fields of a request form as typed, turned into the core `Applicant` with every
/// problem named by its field (the core stops at the first; a form shows them all).
///
/// Field names: `applicantKind` ("naturalPerson" or an `OrganizationKind`), `name`, `idKind`,
/// `idNumber`, `creditCode`, `contactPerson`, `phone`, `address`, `email`.
public struct ApplicantForm: Sendable, Hashable, Codable {
    public var applicantKind: String = "naturalPerson"
    public var name: String = ""
    public var idKind: String = IdentityDocumentKind.residentIDCard.rawValue
    public var idNumber: String = ""
    public var creditCode: String = ""
    public var contactPerson: String = ""
    public var phone: String = ""
    public var address: String = ""
    public var email: String = ""

    public init() {}

    /// The applicant, or every problem found.
    public func applicant() throws(FormError) -> Applicant {
        var problems: [FieldProblem] = []
        func note(_ field: String, _ error: ApplicantError) {
            problems.append(FieldProblem(field: field, message: error.description))
        }
        let contact = ContactInfo(phone: phone, address: address, email: email)
        do { try contact.validate() } catch {
            switch error {
            case .invalidEmail: note("email", error)
            default: note("phone", error)
            }
        }
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(FieldProblem(field: "name", message: "请填写申请人姓名或名称")) }
        if applicantKind == "naturalPerson" {
            var document: IdentityDocument?
            if let kind = IdentityDocumentKind(rawValue: idKind) {
                do { document = try IdentityDocument(kind: kind, number: idNumber) } catch { note("idNumber", error) }
            } else {
                problems.append(FieldProblem(field: "idKind", message: "请选择证件类型"))
            }
            guard problems.isEmpty, let document else { throw FormError(problems) }
            do {
                return .naturalPerson(try NaturalPersonApplicant(name: name, idDocument: document, contact: contact))
            } catch { throw FormError([FieldProblem(field: "name", message: error.description)]) }
        }
        guard let kind = OrganizationKind(rawValue: applicantKind) else {
            problems.append(FieldProblem(field: "applicantKind", message: "请选择申请人类型"))
            throw FormError(problems)
        }
        var code: UnifiedSocialCreditCode?
        let trimmedCode = creditCode.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmedCode.isEmpty {
            problems.append(FieldProblem(field: "creditCode", message: "请填写18位统一社会信用代码"))
        } else {
            do { code = try UnifiedSocialCreditCode(trimmedCode) } catch {
                problems.append(FieldProblem(field: "creditCode", message: error.message))
            }
        }
        if contactPerson.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(FieldProblem(field: "contactPerson", message: "法人或其他组织申请人须填写联系人"))
        }
        guard problems.isEmpty else { throw FormError(problems) }
        do {
            return .organization(
                try OrganizationApplicant(
                    name: name, kind: kind, creditCode: code, contactPerson: contactPerson, contact: contact))
        } catch { throw FormError([FieldProblem(field: "name", message: error.description)]) }
    }
}
