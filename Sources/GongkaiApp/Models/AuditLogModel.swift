import FluentKit
import Foundation

/// One entry of the append-only audit log: who changed what, when, and how.
///
/// Written in the same transaction as the change it records; never updated or deleted (the
/// migration installs triggers that refuse both). `diff` is a JSON object of the changed fields;
/// an applicant's personal data is never copied into it — only the names of the fields changed.
public final class AuditLogModel: Model, @unchecked Sendable {
    public static let schema = "audit_log"

    /// Column names.
    public enum Column {
        public static let actor: FieldKey = "actor"
        public static let recordedAt: FieldKey = "recorded_at"
        public static let entity: FieldKey = "entity"
        public static let entityID: FieldKey = "entity_id"
        public static let action: FieldKey = "action"
        public static let diff: FieldKey = "diff"
        public static let agencyID: FieldKey = "agency_id"
    }

    @ID(key: .id) public var id: UUID?
    /// Who made the change (an officer's account, "import:FILE", "demo").
    @Field(key: Column.actor) public var actor: String
    @Field(key: Column.recordedAt) public var recordedAt: Date
    /// "agency", "request", "appeal", "register".
    @Field(key: Column.entity) public var entity: String
    /// The changed record's id.
    @Field(key: Column.entityID) public var entityID: String
    /// "create", "appendEvent"…
    @Field(key: Column.action) public var action: String
    /// The change as a JSON object.
    @Field(key: Column.diff) public var diff: String
    /// The agency whose data changed, so its 管理员 can read its part of the log; `NULL` for
    /// entries older than the web platform and for site-wide changes.
    @OptionalField(key: Column.agencyID) public var agencyID: UUID?

    public init() {}
}
