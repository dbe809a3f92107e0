import FluentKit
import Foundation

/// The applicant of one request: the personal data (姓名、证件号码、联系方式) kept apart from
/// the request so that it is read only where it is needed, and never logged.
public final class ApplicantModel: Model, @unchecked Sendable {
    public static let schema = "request_applicants"

    /// Column names.
    public enum Column {
        public static let requestID: FieldKey = "request_id"
        public static let kind: FieldKey = "kind"
        public static let organizationKind: FieldKey = "organization_kind"
        public static let name: FieldKey = "name"
        public static let idDocumentKind: FieldKey = "id_document_kind"
        public static let idDocumentNumber: FieldKey = "id_document_number"
        public static let creditCode: FieldKey = "credit_code"
        public static let contactPerson: FieldKey = "contact_person"
        public static let phone: FieldKey = "phone"
        public static let address: FieldKey = "address"
        public static let email: FieldKey = "email"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.requestID) public var request: RequestModel
    /// "naturalPerson" or "organization".
    @Field(key: Column.kind) public var kind: String
    /// `OrganizationKind` raw value for an organisation.
    @OptionalField(key: Column.organizationKind) public var organizationKind: String?
    @Field(key: Column.name) public var name: String
    /// `IdentityDocumentKind` raw value for a person.
    @OptionalField(key: Column.idDocumentKind) public var idDocumentKind: String?
    @OptionalField(key: Column.idDocumentNumber) public var idDocumentNumber: String?
    @OptionalField(key: Column.creditCode) public var creditCode: String?
    @OptionalField(key: Column.contactPerson) public var contactPerson: String?
    @OptionalField(key: Column.phone) public var phone: String?
    @OptionalField(key: Column.address) public var address: String?
    @OptionalField(key: Column.email) public var email: String?

    public init() {}

    /// Never prints personal data (Fluent's default description lists every value).
    public var description: String { "ApplicantModel(id: \(id?.uuidString ?? "nil"))" }
}
