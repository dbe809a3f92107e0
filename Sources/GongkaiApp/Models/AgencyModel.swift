import FluentKit
import Foundation

/// An agency (行政机关) whose casework is stored: the owner of requests, appeals and registers.
public final class AgencyModel: Model, @unchecked Sendable {
    public static let schema = "agencies"

    /// Column names, spelled once for models, migrations and SQL.
    public enum Column {
        public static let name: FieldKey = "name"
        public static let region: FieldKey = "region"
        public static let createdAt: FieldKey = "created_at"
    }

    @ID(key: .id) public var id: UUID?
    /// The agency's name as it appears in report titles ("江东市教育局"); unique.
    @Field(key: Column.name) public var name: String
    /// The region it belongs to ("江东市"), if recorded.
    @OptionalField(key: Column.region) public var region: String?
    @Timestamp(key: Column.createdAt, on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID? = nil, name: String, region: String? = nil) {
        self.id = id
        self.name = name
        self.region = region
    }
}
