import FluentKit
import Foundation

/// The scoring scheme of a region's ranking, as its supervising office set it: the JSON form of
/// the core's `ScoringScheme` (`{"onTime": 20, …}`). A region without one uses the nearest
/// region above it that has one, else the default.
public final class ScoringSchemeModel: Model, @unchecked Sendable {
    public static let schema = "supervision_scoring_schemes"

    public enum Column {
        public static let regionID: FieldKey = "region_id"
        public static let scheme: FieldKey = "scheme"
        public static let updatedBy: FieldKey = "updated_by"
        public static let updatedAt: FieldKey = "updated_at"
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: Column.regionID) public var regionID: UUID
    /// `ScoringScheme.jsonValue`, compact.
    @Field(key: Column.scheme) public var scheme: String
    @Field(key: Column.updatedBy) public var updatedBy: String
    @Field(key: Column.updatedAt) public var updatedAt: Date

    public init() {}
}
