import FluentKit
import Foundation

/// An API token of one agency: the JSON API's credential. Only the SHA-256 of the token is
/// stored; the token itself is shown once, when made.
public final class APITokenModel: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    /// Column names.
    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let name: FieldKey = "name"
        public static let prefix: FieldKey = "prefix"
        public static let tokenHash: FieldKey = "token_hash"
        public static let roles: FieldKey = "roles"
        public static let createdBy: FieldKey = "created_by"
        public static let createdAt: FieldKey = "created_at"
        public static let lastUsedAt: FieldKey = "last_used_at"
        public static let revokedAt: FieldKey = "revoked_at"
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: Column.agencyID) public var agencyID: UUID
    /// What the token is for ("省级平台对接").
    @Field(key: Column.name) public var name: String
    /// The token's first characters ("gk_AbCd"), to tell tokens apart on the list.
    @Field(key: Column.prefix) public var prefix: String
    /// The SHA-256 of the token, hex.
    @Field(key: Column.tokenHash) public var tokenHash: String
    /// `StaffRoles.storage`: the roles the token acts with.
    @Field(key: Column.roles) public var rolesStorage: String
    @Field(key: Column.createdBy) public var createdBy: String
    @Field(key: Column.createdAt) public var createdAt: Date
    @OptionalField(key: Column.lastUsedAt) public var lastUsedAt: Date?
    @OptionalField(key: Column.revokedAt) public var revokedAt: Date?

    public init() {}

    /// The roles held.
    public var roles: StaffRoles { StaffRoles(storage: rolesStorage) }
}
