import FluentKit
import Foundation

/// An administrative region (省 › 市 › 县/区) whose agencies a supervising office oversees.
public final class RegionModel: Model, @unchecked Sendable {
    public static let schema = "regions"

    /// Column names.
    public enum Column {
        public static let name: FieldKey = "name"
        public static let parentID: FieldKey = "parent_id"
        public static let level: FieldKey = "level"
        public static let path: FieldKey = "path"
        public static let createdAt: FieldKey = "created_at"
    }

    @ID(key: .id) public var id: UUID?
    /// The region's own name: "城南区".
    @Field(key: Column.name) public var name: String
    @OptionalField(key: Column.parentID) public var parentID: UUID?
    /// `RegionLevel.rawValue`: 1 省, 2 市, 3 县/区.
    @Field(key: Column.level) public var level: Int
    /// The names from the top region down joined by "/" (the core's `RegionID`); unique.
    @Field(key: Column.path) public var path: String
    @Timestamp(key: Column.createdAt, on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID? = nil, name: String, parentID: UUID?, level: Int, path: String) {
        self.id = id
        self.name = name
        self.parentID = parentID
        self.level = level
        self.path = path
    }
}
