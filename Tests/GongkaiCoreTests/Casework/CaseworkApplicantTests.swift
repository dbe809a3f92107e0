import Foundation
import Testing

@testable import GongkaiCore

@Suite("Casework applicants: table-3 columns, 统一社会信用代码 and identity checks (Casework)")
struct CaseworkApplicantTests {
    @Test("applicant types map to columns 0…5 of Templates.requestsColumns")
    func columns() {
        for type in ApplicantType.allCases {
            #expect(Templates.requestsColumns[type.columnIndex].key == type.rawValue)
            #expect(ApplicantType(columnIndex: type.columnIndex) == type)
        }
        #expect(ApplicantType(columnIndex: 6) == nil)
        #expect(ApplicantType.socialWelfare.label == "社会公益组织")
        #expect(CaseworkFixtures.organization(.legalService).type == .legalService)
        #expect(CaseworkFixtures.person.type == .naturalPerson)
    }

    @Test("valid credit codes pass, including real ones, after normalizing case and spaces")
    func validCreditCodes() throws {
        #expect(try UnifiedSocialCreditCode("91350100M000100Y43").value == "91350100M000100Y43")
        #expect(try UnifiedSocialCreditCode("914403001922038216").value == "914403001922038216")
        #expect(try UnifiedSocialCreditCode(" 91330100716105852f ").value == "91330100716105852F")
        #expect(UnifiedSocialCreditCode.checkCharacter(for: "91350100M000100Y4") == "3")
    }

    @Test("a wrong check character names the expected one")
    func checkCharacter() {
        #expect(throws: CreditCodeError.checkCharacterMismatch("911100001000136123", expected: "G", actual: "3")) {
            try UnifiedSocialCreditCode("911100001000136123")
        }
        let message = CreditCodeError.checkCharacterMismatch("911100001000136123", expected: "G", actual: "3").message
        #expect(message == "统一社会信用代码“911100001000136123”校验位错误：第18位按GB 32100-2015应为“G”，实际为“3”；请核对是否抄错")
    }

    @Test("wrong length, forbidden letters and letters in the region code are rejected")
    func malformedCreditCodes() {
        #expect(throws: CreditCodeError.wrongLength("9135010", count: 7)) { try UnifiedSocialCreditCode("9135010") }
        #expect(throws: CreditCodeError.invalidCharacter("91350100M000100I43", position: 16, character: "I")) {
            try UnifiedSocialCreditCode("91350100M000100I43")
        }
        #expect(throws: CreditCodeError.regionCodeNotNumeric("9135A100M000100Y43", position: 5)) {
            try UnifiedSocialCreditCode("9135A100M000100Y43")
        }
    }

    @Test("resident ID numbers are checked by GB 11643; other documents only for presence")
    func identityDocuments() throws {
        #expect(
            try IdentityDocument(kind: .residentIDCard, number: "11010519491231002x").number == "11010519491231002X")
        #expect(throws: ApplicantError.invalidResidentID("110105194912310021", expected: "X")) {
            try IdentityDocument(kind: .residentIDCard, number: "110105194912310021")
        }
        #expect(throws: ApplicantError.invalidResidentID("1101051949", expected: nil)) {
            try IdentityDocument(kind: .residentIDCard, number: "1101051949")
        }
        #expect(try IdentityDocument(kind: .passport, number: "E12345678").kind == .passport)
        #expect(throws: ApplicantError.missingDocumentNumber(.passport)) {
            try IdentityDocument(kind: .passport, number: " ")
        }
    }

    @Test("names, a contact person and some contact are required; e-mail must look like one")
    func completeness() throws {
        let document = try IdentityDocument(kind: .passport, number: "E1")
        #expect(throws: ApplicantError.missingName) {
            try NaturalPersonApplicant(name: " ", idDocument: document, contact: ContactInfo(phone: "1"))
        }
        #expect(throws: ApplicantError.missingContact) {
            try NaturalPersonApplicant(name: "王五", idDocument: document, contact: ContactInfo(phone: "  "))
        }
        #expect(throws: ApplicantError.invalidEmail("wang@")) {
            try NaturalPersonApplicant(name: "王五", idDocument: document, contact: ContactInfo(email: "wang@"))
        }
        #expect(throws: ApplicantError.missingContactPerson) {
            try OrganizationApplicant(
                name: "某所", kind: .legalService, creditCode: nil, contactPerson: "",
                contact: ContactInfo(address: "某路1号"))
        }
        #expect(ApplicantError.missingContact.message == "申请人须至少提供一种联系方式（电话、通信地址或电子邮箱）")
    }

    @Test("applicants round-trip through JSON, and invalid stored data is refused")
    func codable() throws {
        let applicants = [CaseworkFixtures.person, CaseworkFixtures.organization(.research)]
        let data = try JSONEncoder().encode(applicants)
        #expect(try JSONDecoder().decode([Applicant].self, from: data) == applicants)
        let broken = String(decoding: data, as: UTF8.self).replacingOccurrences(
            of: "91350100M000100Y43", with: "91350100M000100Y44")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Applicant].self, from: Data(broken.utf8)) }
    }

    @Test("the identity key groups one applicant's requests for the monthly fee count")
    func identityKey() {
        #expect(CaseworkFixtures.person.identityKey == "person:residentIDCard:11010519491231002X")
        #expect(CaseworkFixtures.organization(.commercial).identityKey == "org:91350100M000100Y43")
    }
}
