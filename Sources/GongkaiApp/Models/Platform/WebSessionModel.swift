import FluentKit
import Foundation

/// A browser session of the web platform, stored in the database so that several server
/// processes share it. The cookie holds only the random id; `data` is the session's values.
/// Sessions end after `expiresAt` (absolute) and are renewed on use up to that limit.
public final class WebSessionModel: Model, @unchecked Sendable {
    public static let schema = "web_sessions"

    /// Column names.
    public enum Column {
        public static let data: FieldKey = "data"
        public static let expiresAt: FieldKey = "expires_at"
        public static let createdAt: FieldKey = "created_at"
    }

    /// SHA-256 of the cookie value, hex: a leaked database does not give usable cookies.
    @ID(custom: .id, generatedBy: .user) public var id: String?
    /// The values, as a JSON object of strings.
    @Field(key: Column.data) public var data: String
    @Field(key: Column.expiresAt) public var expiresAt: Date
    @Field(key: Column.createdAt) public var createdAt: Date

    public init() {}

    public init(id: String, data: String, expiresAt: Date, createdAt: Date) {
        self.id = id
        self.data = data
        self.expiresAt = expiresAt
        self.createdAt = createdAt
    }
}
