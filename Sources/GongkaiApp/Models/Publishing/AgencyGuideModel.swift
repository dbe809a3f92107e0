import FluentKit
import Foundation

/// An agency's 政府信息公开指南 (第十二条): the text as published and the day it was last updated.
public final class AgencyGuideModel: Model, @unchecked Sendable {
    public static let schema = "agency_guides"

    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let body: FieldKey = "body"
        public static let updatedOn: FieldKey = "updated_on"
        public static let updatedBy: FieldKey = "updated_by"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    /// Plain text in paragraphs; a line starting with "一、"… is a heading.
    @Field(key: Column.body) public var body: String
    /// `YYYY-MM-DD`.
    @Field(key: Column.updatedOn) public var updatedOn: String
    @Field(key: Column.updatedBy) public var updatedBy: String

    public init() {}
}

/// An agency's catalogue settings: the 索引号 scheme and its 主题分类 and 体裁 lists.
public final class CatalogueSettingsModel: Model, @unchecked Sendable {
    public static let schema = "catalogue_settings"

    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let unitCode: FieldKey = "unit_code"
        public static let pattern: FieldKey = "pattern"
        public static let width: FieldKey = "width"
        public static let topics: FieldKey = "topics"
        public static let genres: FieldKey = "genres"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    @Field(key: Column.unitCode) public var unitCode: String
    @Field(key: Column.pattern) public var pattern: String
    @Field(key: Column.width) public var width: Int
    /// One per line.
    @Field(key: Column.topics) public var topics: String
    /// One per line.
    @Field(key: Column.genres) public var genres: String

    public init() {}
}
