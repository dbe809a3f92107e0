import FluentKit
import Foundation

/// An agency a region's supervising office expects an annual report from: one line of the
/// roster (名册), on the platform or not.
public final class SupervisedAgencyModel: Model, @unchecked Sendable {
    public static let schema = "supervised_agencies"

    /// Column names.
    public enum Column {
        public static let regionID: FieldKey = "region_id"
        public static let name: FieldKey = "name"
        public static let kind: FieldKey = "kind"
        public static let parentName: FieldKey = "parent_name"
        public static let aliases: FieldKey = "aliases"
        public static let reportsRegionWide: FieldKey = "reports_region_wide"
        public static let createdAt: FieldKey = "created_at"
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: Column.regionID) public var regionID: UUID
    /// The full name, unique on the site: "江东市城南区教育局".
    @Field(key: Column.name) public var name: String
    /// `AgencyKind.rawValue`: "政府" or "部门".
    @Field(key: Column.kind) public var kind: String
    /// The unit above, by name.
    @OptionalField(key: Column.parentName) public var parentName: String?
    /// Other names its reports use, joined by "|".
    @Field(key: Column.aliases) public var aliases: String
    @Field(key: Column.reportsRegionWide) public var reportsRegionWide: Bool
    @Timestamp(key: Column.createdAt, on: .create) public var createdAt: Date?

    public init() {}

    public init(
        id: UUID? = nil, regionID: UUID, name: String, kind: String, parentName: String?, aliases: [String],
        reportsRegionWide: Bool
    ) {
        self.id = id
        self.regionID = regionID
        self.name = name
        self.kind = kind
        self.parentName = parentName
        self.aliases = aliases.joined(separator: "|")
        self.reportsRegionWide = reportsRegionWide
    }
}
