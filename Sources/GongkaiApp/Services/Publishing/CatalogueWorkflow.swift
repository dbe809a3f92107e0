import FluentKit
import Foundation
import GongkaiCore

/// The catalogue's workflow: 拟稿 (经办人) → 保密审查 (审核人, not the drafter) → 签发 (负责人),
/// published at once or on a set day; after release 更正, 撤回 and 有效性 (`+AfterRelease`).
/// Every step is one transaction with its history event, its audit entry, the search index
/// and, for 规章 and 规范性文件, the table-2 register record.
public struct CatalogueWorkflow: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The item does not exist in the agency.
    public struct ItemNotFound: CategorizedError {
        public var category: ErrorCategory { .notFound }
        public var userMessage: String { "找不到该目录条目" }
    }

    /// The form was made from an older version of the item.
    public struct StaleForm: CategorizedError {
        public var category: ErrorCategory { .conflict }
        public var userMessage: String { "该条目已被他人修改，请刷新页面后重新操作" }
    }

    /// Stores a new draft of `input` and returns its id; the 索引号 is given now, from the
    /// agency's scheme and the year of the 生成日期.
    public func draft(_ input: CatalogueDraftInput, agencyID: UUID, officer: Officer) async throws -> UUID {
        let settings = try await CatalogueSettings(context).current(agencyID: agencyID)
        let checked = try input.checked(topics: settings.topics, genres: settings.genres, today: context.clock.today)
        let sequence = try await Sequences(context).next("catalogue:\(agencyID.uuidString):\(checked.formedOn.year)")
        let item = CatalogueItemModel()
        item.id = UUID()
        item.$agency.id = agencyID
        item.indexNumber = settings.scheme.indexNumber(year: checked.formedOn.year, sequence: sequence)
        apply(checked, to: item)
        item.validity = CatalogueValidity.valid.rawValue
        item.status = CatalogueStatus.drafted.rawValue
        item.draftedBy = officer.userID
        item.draftedByName = officer.actor
        item.revision = 1
        try await context.db.writeTransaction { db in
            try await item.create(on: db)
            try await record(item, "drafted", officer, note: "", detail: .null, on: db)
        }
        return try item.requireID()
    }

    /// Replaces the fields of a draft (while it waits for review, or after it was returned).
    public func edit(itemID: UUID, _ input: CatalogueDraftInput, agencyID: UUID, officer: Officer) async throws {
        let settings = try await CatalogueSettings(context).current(agencyID: agencyID)
        let checked = try input.checked(topics: settings.topics, genres: settings.genres, today: context.clock.today)
        try await context.db.writeTransaction { db in
            let item = try await load(itemID, agencyID: agencyID, revision: input.revision, on: db)
            guard item.statusValue == .drafted else { throw PublishingError.notAllowed(step: "修改草稿", status: item.statusValue) }
            apply(checked, to: item)
            item.revision += 1
            try await item.save(on: db)
            try await record(item, "edited", officer, note: "", detail: .null, on: db)
        }
    }

    /// The 保密审查 form as posted.
    public struct ReviewInput: Codable, Sendable, Hashable {
        public var stateSecret: Bool?
        public var commercialSecret: Bool?
        public var privacy: Bool?
        public var processInformation: Bool?
        /// `SecrecyReview.Decision` raw value.
        public var decision: String?
        /// `SecrecyReview.Ground` raw values.
        public var grounds: [String]?
        public var note: String?
        public var revision: Int?
        public init() {}
    }

    /// Records the 保密审查 of a draft: passed (to the 负责人), withheld, or returned to the drafter.
    public func review(itemID: UUID, _ input: ReviewInput, agencyID: UUID, officer: Officer) async throws {
        guard let decision = input.decision.flatMap(SecrecyReview.Decision.init(rawValue:)) else {
            throw FormError([FieldProblem(field: "decision", message: "请选择审查结论")])
        }
        try await context.db.writeTransaction { db in
            let item = try await load(itemID, agencyID: agencyID, revision: input.revision, on: db)
            guard item.statusValue == .drafted else { throw PublishingError.notAllowed(step: "保密审查", status: item.statusValue) }
            let review = try SecrecyReview(
                checklist: .init(
                    stateSecret: input.stateSecret ?? false, commercialSecret: input.commercialSecret ?? false,
                    privacy: input.privacy ?? false, processInformation: input.processInformation ?? false),
                decision: decision, grounds: (input.grounds ?? []).compactMap(SecrecyReview.Ground.init(rawValue:)),
                note: input.note ?? "", drafter: item.draftedBy.uuidString, reviewer: officer.userID.uuidString)
            let action: String
            switch decision {
            case .pass:
                item.status = CatalogueStatus.reviewed.rawValue
                action = "reviewed"
            case .withhold:
                item.status = CatalogueStatus.withheld.rawValue
                action = "withheld"
            case .returnToDrafter:
                action = "returned"
            }
            item.revision += 1
            try await item.save(on: db)
            let detail = JSONValue.object([
                JSONMember("checklist", .array(review.checklist.labels.map { .string($0) })),
                JSONMember("grounds", .array(review.grounds.map { .string($0.label) })),
            ])
            try await record(item, action, officer, note: review.note, detail: detail, on: db)
        }
    }

    /// 签发: publishes a reviewed item on `publishOn` (today when empty; a later day schedules it).
    public func sign(itemID: UUID, publishOn: String?, revision: Int?, agencyID: UUID, officer: Officer) async throws {
        let today = context.clock.today
        let text = (publishOn ?? "").trimmingCharacters(in: .whitespaces)
        let day: CivilDate
        if text.isEmpty {
            day = today
        } else if let parsed = CivilDate(iso: text) {
            day = parsed
        } else {
            throw FormError([FieldProblem(field: "publishOn", message: "发布日期应为日期，例如 2026-03-01")])
        }
        if day < today { throw FormError([FieldProblem(field: "publishOn", message: "发布日期不能早于今天")]) }
        if day > today.adding(days: 366) { throw FormError([FieldProblem(field: "publishOn", message: "定时发布不能晚于一年之后")]) }
        try await context.db.writeTransaction { db in
            let item = try await load(itemID, agencyID: agencyID, revision: revision, on: db)
            guard item.statusValue == .reviewed else { throw PublishingError.notAllowed(step: "签发", status: item.statusValue) }
            item.status = CatalogueStatus.published.rawValue
            item.publishedOn = day.description
            item.revision += 1
            try await syncRegister(item, officer: officer, on: db)
            try await item.save(on: db)
            try await CatalogueSearch(context.on(db)).reindex(item, on: db)
            let late = item.formedDate.map { ProactiveDisclosureClock().isLate(formedOn: $0, publishedOn: day) } ?? false
            let note = (day > today ? "定时发布：\(day)" : "即时发布") + (late ? "（超过第二十六条规定的20个工作日）" : "")
            try await record(item, "signed", officer, note: note, detail: .null, on: db)
        }
    }

    // MARK: Shared steps

    func apply(_ checked: CatalogueDraftInput.Checked, to item: CatalogueItemModel) {
        item.title = checked.title
        item.publisher = checked.publisher
        item.documentNumber = checked.documentNumber
        item.topic = checked.topic
        item.genre = checked.genre
        item.keywords = checked.keywords
        item.formedOn = checked.formedOn.description
        item.body = checked.body
    }

    /// The item `itemID` of `agencyID` (another agency's id is not found), at `revision` when given.
    func load(_ itemID: UUID, agencyID: UUID, revision: Int?, on db: any Database) async throws -> CatalogueItemModel {
        guard let item = try await CatalogueItemModel.query(on: db).filter(\.$id == itemID).filter(\.$agency.$id == agencyID).first()
        else { throw ItemNotFound() }
        if let revision, revision != item.revision { throw StaleForm() }
        return item
    }

    /// Writes the history event and the audit entry of a step (field names only in the audit diff).
    func record(_ item: CatalogueItemModel, _ action: String, _ officer: Officer, note: String, detail: JSONValue, on db: any Database) async throws {
        let now = context.clock.now()
        let event = CatalogueEventModel()
        event.$item.id = try item.requireID()
        event.action = action
        event.actor = officer.actor
        event.at = now
        event.note = note
        event.detail = JSONWriter.compact(detail)
        try await event.create(on: db)
        try await AuditLog.write(
            [AuditEntry(
                actor: officer.actor, entity: "catalogue_item", entityID: try item.requireID().uuidString, action: action,
                diff: .object([JSONMember("indexNumber", .string(item.indexNumber)), JSONMember("status", .string(item.status))]),
                agencyID: item.$agency.id)],
            at: now, on: db)
    }
}
