import FluentKit
import Foundation
import GongkaiCore

extension ApplicantModel {
    /// The personal-data columns of an applicant, as plain values (for Fluent and bulk inserts).
    struct Values: Sendable {
        var kind: String
        var organizationKind: String?
        var name: String
        var idDocumentKind: String?
        var idDocumentNumber: String?
        var creditCode: String?
        var contactPerson: String?
        var phone: String?
        var address: String?
        var email: String?

        init(_ applicant: Applicant) {
            let contact = applicant.contact
            phone = contact.phone
            address = contact.address
            email = contact.email
            name = applicant.name
            switch applicant {
            case .naturalPerson(let person):
                kind = "naturalPerson"
                idDocumentKind = person.idDocument.kind.rawValue
                idDocumentNumber = person.idDocument.number
            case .organization(let organization):
                kind = "organization"
                organizationKind = organization.kind.rawValue
                creditCode = organization.creditCode?.value
                contactPerson = organization.contactPerson
            }
        }
    }

    /// A new row for the applicant of request `requestID`.
    convenience init(_ applicant: Applicant, requestID: UUID, id: UUID = UUID()) {
        self.init()
        self.id = id
        self.$request.id = requestID
        let values = Values(applicant)
        kind = values.kind
        organizationKind = values.organizationKind
        name = values.name
        idDocumentKind = values.idDocumentKind
        idDocumentNumber = values.idDocumentNumber
        creditCode = values.creditCode
        contactPerson = values.contactPerson
        phone = values.phone
        address = values.address
        email = values.email
    }

    /// The core applicant (re-validated: a row edited into an invalid state is an error).
    public func toCore() throws -> Applicant {
        let key = id?.uuidString ?? "?"
        func fail(_ reason: String) -> StoredDataError { StoredDataError(table: Self.schema, key: key, reason: reason) }
        let contact = ContactInfo(phone: phone, address: address, email: email)
        do {
            switch kind {
            case "naturalPerson":
                guard let documentKind = idDocumentKind.flatMap(IdentityDocumentKind.init(rawValue:)) else {
                    throw fail("证件类型无效")
                }
                let document = try IdentityDocument(kind: documentKind, number: idDocumentNumber ?? "")
                return .naturalPerson(try NaturalPersonApplicant(name: name, idDocument: document, contact: contact))
            case "organization":
                guard let organizationKind = organizationKind.flatMap(OrganizationKind.init(rawValue:)) else {
                    throw fail("组织类型无效")
                }
                let code: UnifiedSocialCreditCode?
                do {
                    code = try creditCode.map(UnifiedSocialCreditCode.init)
                } catch {
                    throw fail(error.message)
                }
                return .organization(
                    try OrganizationApplicant(
                        name: name, kind: organizationKind, creditCode: code, contactPerson: contactPerson ?? "",
                        contact: contact))
            default:
                throw fail("申请人类别“\(kind)”无效")
            }
        } catch let error as ApplicantError {
            // The message may quote the stored value; it goes to the user, never to the log.
            throw fail(error.message)
        }
    }
}
