import FluentKit
import Foundation

/// A staff member who signs in to the console: belongs to one agency, holds roles there.
///
/// The password is stored only as a Bcrypt hash. Failed sign-ins are counted here, so the
/// lockout holds across server processes (`UserService.authenticate`).
public final class StaffUserModel: Model, @unchecked Sendable {
    public static let schema = "staff_users"

    /// Column names.
    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let username: FieldKey = "username"
        public static let displayName: FieldKey = "display_name"
        public static let passwordHash: FieldKey = "password_hash"
        public static let roles: FieldKey = "roles"
        public static let active: FieldKey = "active"
        public static let failedSignIns: FieldKey = "failed_sign_ins"
        public static let lockedUntil: FieldKey = "locked_until"
        public static let lastSignInAt: FieldKey = "last_sign_in_at"
        public static let createdAt: FieldKey = "created_at"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    /// The sign-in name, unique on the site (lower-case ASCII letters, digits, . _ -).
    @Field(key: Column.username) public var username: String
    /// The name shown on pages and in the audit log ("王经办").
    @Field(key: Column.displayName) public var displayName: String
    /// The Bcrypt hash of the password.
    @Field(key: Column.passwordHash) public var passwordHash: String
    /// `StaffRoles.storage`.
    @Field(key: Column.roles) public var rolesStorage: String
    /// Whether the account may sign in.
    @Field(key: Column.active) public var active: Bool
    /// Consecutive failed sign-ins since the last success.
    @Field(key: Column.failedSignIns) public var failedSignIns: Int
    /// Sign-in refused until this instant after too many failures.
    @OptionalField(key: Column.lockedUntil) public var lockedUntil: Date?
    @OptionalField(key: Column.lastSignInAt) public var lastSignInAt: Date?
    @Timestamp(key: Column.createdAt, on: .create) public var createdAt: Date?

    public init() {}

    public init(
        id: UUID? = nil, agencyID: UUID, username: String, displayName: String, passwordHash: String,
        roles: StaffRoles
    ) {
        self.id = id
        self.$agency.id = agencyID
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.rolesStorage = roles.storage
        self.active = true
        self.failedSignIns = 0
    }

    /// The roles held.
    public var roles: StaffRoles {
        get { StaffRoles(storage: rolesStorage) }
        set { rolesStorage = newValue.storage }
    }

    /// Never prints the hash.
    public var description: String { "StaffUserModel(\(username))" }
}
