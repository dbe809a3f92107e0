import FluentKit
import Foundation

/// An agency's public details and settings for the platform: the 受理机构 shown on its portal
/// page, the numbering of its cases and letters, and the bodies named in the appeal-rights
/// sentence of its letters. One row per agency, edited by its 管理员.
public final class AgencyProfileModel: Model, @unchecked Sendable {
    public static let schema = "agency_profiles"

    /// Column names.
    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let acceptingOffice: FieldKey = "accepting_office"
        public static let address: FieldKey = "address"
        public static let postcode: FieldKey = "postcode"
        public static let officeHours: FieldKey = "office_hours"
        public static let phone: FieldKey = "phone"
        public static let fax: FieldKey = "fax"
        public static let email: FieldKey = "email"
        public static let casePrefix: FieldKey = "case_prefix"
        public static let letterPrefix: FieldKey = "letter_prefix"
        public static let reconsiderationBody: FieldKey = "reconsideration_body"
        public static let court: FieldKey = "court"
        public static let updatedAt: FieldKey = "updated_at"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    /// 受理机构 ("江东市教育局办公室").
    @Field(key: Column.acceptingOffice) public var acceptingOffice: String
    @Field(key: Column.address) public var address: String
    @Field(key: Column.postcode) public var postcode: String
    /// 办公时间 ("工作日 上午9:00—12:00，下午13:30—17:30").
    @Field(key: Column.officeHours) public var officeHours: String
    @Field(key: Column.phone) public var phone: String
    @Field(key: Column.fax) public var fax: String
    @Field(key: Column.email) public var email: String
    /// The prefix of case numbers ("江教"): numbers read "江教依申请〔2026〕12号".
    @Field(key: Column.casePrefix) public var casePrefix: String
    /// The prefix of letter numbers ("江教公开"): "江教公开〔2026〕3号".
    @Field(key: Column.letterPrefix) public var letterPrefix: String
    /// The 复议机关 named in letters ("江东市人民政府").
    @Field(key: Column.reconsiderationBody) public var reconsiderationBody: String
    /// The court named in letters ("江东市东湖区人民法院").
    @Field(key: Column.court) public var court: String
    @Timestamp(key: Column.updatedAt, on: .update) public var updatedAt: Date?

    public init() {}
}
