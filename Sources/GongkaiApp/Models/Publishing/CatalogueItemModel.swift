import FluentKit
import Foundation
import GongkaiCore

/// One item of an agency's 政府信息公开目录, from draft to publication (and after: 更正, 撤回,
/// 有效性). Dates are `YYYY-MM-DD` text, which sorts alike in SQLite and PostgreSQL.
public final class CatalogueItemModel: Model, @unchecked Sendable {
    public static let schema = "catalogue_items"

    /// Column names.
    public enum Column {
        public static let agencyID: FieldKey = "agency_id"
        public static let indexNumber: FieldKey = "index_number"
        public static let title: FieldKey = "title"
        public static let publisher: FieldKey = "publisher"
        public static let documentNumber: FieldKey = "document_number"
        public static let topic: FieldKey = "topic"
        public static let genre: FieldKey = "genre"
        public static let keywords: FieldKey = "keywords"
        public static let body: FieldKey = "body"
        public static let formedOn: FieldKey = "formed_on"
        public static let publishedOn: FieldKey = "published_on"
        public static let validity: FieldKey = "validity"
        public static let validityChangedOn: FieldKey = "validity_changed_on"
        public static let status: FieldKey = "status"
        public static let draftedBy: FieldKey = "drafted_by"
        public static let draftedByName: FieldKey = "drafted_by_name"
        public static let registerRecordID: FieldKey = "register_record_id"
        public static let revision: FieldKey = "revision"
        public static let createdAt: FieldKey = "created_at"
        public static let updatedAt: FieldKey = "updated_at"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.agencyID) public var agency: AgencyModel
    /// 索引号, unique within the agency (the scheme includes the unit code).
    @Field(key: Column.indexNumber) public var indexNumber: String
    /// 名称.
    @Field(key: Column.title) public var title: String
    /// 发布机构.
    @Field(key: Column.publisher) public var publisher: String
    /// 发文字号 ("" when none).
    @Field(key: Column.documentNumber) public var documentNumber: String
    /// 主题分类.
    @Field(key: Column.topic) public var topic: String
    /// 体裁.
    @Field(key: Column.genre) public var genre: String
    /// 关键词, separated by spaces.
    @Field(key: Column.keywords) public var keywords: String
    /// The body in the rich-text subset, sanitised on input (`CatalogueRichText.sanitised`).
    @Field(key: Column.body) public var body: String
    /// 生成日期 (formed, or last changed by a 更正: the start of the 第二十六条 period).
    @Field(key: Column.formedOn) public var formedOn: String
    /// 发布日期; may be later than the signing day (定时发布). `nil` until signed.
    @OptionalField(key: Column.publishedOn) public var publishedOn: String?
    /// `CatalogueValidity` raw value.
    @Field(key: Column.validity) public var validity: String
    /// The day it became 失效 or 废止.
    @OptionalField(key: Column.validityChangedOn) public var validityChangedOn: String?
    /// `CatalogueStatus` raw value.
    @Field(key: Column.status) public var status: String
    /// The drafter's account id (the review must be someone else's).
    @Field(key: Column.draftedBy) public var draftedBy: UUID
    @Field(key: Column.draftedByName) public var draftedByName: String
    /// The table-2 register record this item feeds (规章, 规范性文件).
    @OptionalField(key: Column.registerRecordID) public var registerRecordID: UUID?
    /// Bumped on every change: forms carry it, so two officers cannot overwrite each other.
    @Field(key: Column.revision) public var revision: Int
    @Timestamp(key: Column.createdAt, on: .create) public var createdAt: Date?
    @Timestamp(key: Column.updatedAt, on: .update) public var updatedAt: Date?

    public init() {}

    public var statusValue: CatalogueStatus { CatalogueStatus(rawValue: status) ?? .drafted }
    public var validityValue: CatalogueValidity { CatalogueValidity(rawValue: validity) ?? .valid }
    public var formedDate: CivilDate? { CivilDate(iso: formedOn) }
    public var publishedDate: CivilDate? { publishedOn.flatMap { CivilDate(iso: $0) } }
}

/// One step in an item's history (拟稿, 审查, 签发, 更正, 撤回, 有效性): who, when, why, and for a
/// 更正 the version it replaced. Kept for staff; the portal shows only the current version.
public final class CatalogueEventModel: Model, @unchecked Sendable {
    public static let schema = "catalogue_events"

    public enum Column {
        public static let itemID: FieldKey = "item_id"
        public static let action: FieldKey = "action"
        public static let actor: FieldKey = "actor"
        public static let at: FieldKey = "at"
        public static let note: FieldKey = "note"
        public static let detail: FieldKey = "detail"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.itemID) public var item: CatalogueItemModel
    /// "drafted", "edited", "reviewed", "returned", "withheld", "signed", "corrected", "withdrawn", "validity".
    @Field(key: Column.action) public var action: String
    /// The staff member's display name with role.
    @Field(key: Column.actor) public var actor: String
    @Field(key: Column.at) public var at: Date
    /// The reason or review note.
    @Field(key: Column.note) public var note: String
    /// JSON: the review (checklist, grounds) or the replaced version (title, body…).
    @Field(key: Column.detail) public var detail: String

    public init() {}
}
