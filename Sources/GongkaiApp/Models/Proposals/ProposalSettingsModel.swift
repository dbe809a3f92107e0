import FluentKit
import Foundation

/// An agency's 办理期限 for suggestions and proposals (`ProposalDeadlineRule`), when it differs
/// from the standard rule.
public final class ProposalSettingsModel: Model, @unchecked Sendable {
    public static let schema = "proposal_settings"

    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let months: FieldKey = "months"
        public static let updatedBy: FieldKey = "updated_by"
        public static let updatedAt: FieldKey = "updated_at"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    /// The rule's months as JSON (`ProposalDeadlineRule`'s Codable form).
    @Field(key: Column.months) public var months: String
    @Field(key: Column.updatedBy) public var updatedBy: String
    @Timestamp(key: Column.updatedAt, on: .update) public var updatedAt: Date?

    public init() {}
}
