import FluentKit
import Foundation
import GongkaiCore

extension CatalogueWorkflow {
    /// 撤回: takes a published item off the portal (and out of the search) with a reason.
    public func withdraw(itemID: UUID, reason: String?, revision: Int?, agencyID: UUID, officer: Officer) async throws {
        let reason = try Self.reason(reason)
        try await context.db.writeTransaction { db in
            let item = try await load(itemID, agencyID: agencyID, revision: revision, on: db)
            guard item.statusValue == .published else { throw PublishingError.notAllowed(step: "撤回", status: item.statusValue) }
            item.status = CatalogueStatus.withdrawn.rawValue
            item.revision += 1
            try await syncRegister(item, officer: officer, on: db)
            try await item.save(on: db)
            try await CatalogueSearch(context.on(db)).reindex(item, on: db)
            try await record(item, "withdrawn", officer, note: reason, detail: .null, on: db)
        }
    }

    /// The 更正 form: the corrected 名称, 发文字号, 关键词 and body, and why.
    public struct CorrectionInput: Codable, Sendable, Hashable {
        public var title: String?
        public var documentNumber: String?
        public var keywords: String?
        public var body: String?
        public var reason: String?
        public var revision: Int?
        public init() {}
    }

    /// 更正: replaces the public text of a published item; the replaced version stays in the
    /// history (for staff), the portal shows the current one with a 更正 note.
    public func correct(itemID: UUID, _ input: CorrectionInput, agencyID: UUID, officer: Officer) async throws {
        let reason = try Self.reason(input.reason)
        try await context.db.writeTransaction { db in
            let item = try await load(itemID, agencyID: agencyID, revision: input.revision, on: db)
            guard item.statusValue == .published else { throw PublishingError.notAllowed(step: "更正", status: item.statusValue) }
            let settings = try await CatalogueSettings(context.on(db)).current(agencyID: agencyID, on: db)
            var form = CatalogueDraftInput()
            form.title = input.title
            form.publisher = item.publisher
            form.documentNumber = input.documentNumber
            form.topic = item.topic
            form.genre = item.genre
            form.keywords = input.keywords
            form.formedOn = item.formedOn
            form.body = input.body
            let checked = try form.checked(topics: settings.topics + [item.topic], genres: settings.genres + [item.genre], today: context.clock.today)
            let previous = JSONValue.object([
                JSONMember("title", .string(item.title)), JSONMember("documentNumber", .string(item.documentNumber)),
                JSONMember("keywords", .string(item.keywords)), JSONMember("body", .string(item.body)),
            ])
            apply(checked, to: item)
            item.revision += 1
            try await syncRegister(item, officer: officer, on: db)
            try await item.save(on: db)
            try await CatalogueSearch(context.on(db)).reindex(item, on: db)
            try await record(item, "corrected", officer, note: reason, detail: previous, on: db)
        }
    }

    /// The 有效性 form.
    public struct ValidityInput: Codable, Sendable, Hashable {
        /// `CatalogueValidity` raw value.
        public var validity: String?
        public var changedOn: String?
        public var reason: String?
        public var revision: Int?
        public init() {}
    }

    /// Sets 有效/失效/废止 with the day it took effect; a 规章 or 规范性文件 is repealed in the register.
    public func setValidity(itemID: UUID, _ input: ValidityInput, agencyID: UUID, officer: Officer) async throws {
        guard let validity = input.validity.flatMap(CatalogueValidity.init(rawValue:)) else {
            throw FormError([FieldProblem(field: "validity", message: "请选择有效性")])
        }
        let reason = try Self.reason(input.reason)
        let changedOn: CivilDate?
        if validity == .valid {
            changedOn = nil
        } else if let day = input.changedOn.flatMap({ CivilDate(iso: $0.trimmingCharacters(in: .whitespaces)) }) {
            changedOn = day
        } else {
            throw FormError([FieldProblem(field: "changedOn", message: "请填写失效或废止的日期，例如 2026-03-01")])
        }
        try await context.db.writeTransaction { db in
            let item = try await load(itemID, agencyID: agencyID, revision: input.revision, on: db)
            guard item.statusValue == .published || item.statusValue == .withdrawn else {
                throw PublishingError.notAllowed(step: "变更有效性", status: item.statusValue)
            }
            if let changedOn, let formed = item.formedDate, changedOn < formed {
                throw PublishingError.dates("失效或废止日期不能早于生成日期 \(formed)")
            }
            item.validity = validity.rawValue
            item.validityChangedOn = changedOn?.description
            item.revision += 1
            try await syncRegister(item, officer: officer, on: db)
            try await item.save(on: db)
            try await record(item, "validity", officer, note: "\(validity.label)\(changedOn.map { "（\($0)）" } ?? "")：\(reason)", detail: .null, on: db)
        }
    }

    static func reason(_ text: String?) throws(FormError) -> String {
        let reason = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty { throw FormError([FieldProblem(field: "reason", message: "请填写理由")]) }
        if reason.count > 500 { throw FormError([FieldProblem(field: "reason", message: "理由不超过500字")]) }
        return reason
    }

    /// Keeps the table-2 register record of a 规章 or 规范性文件 in step with the item: created
    /// when first published (制发 on the 生成日期, 公开 on the 发布日期), updated on 更正, 撤回
    /// (no longer published) and 失效/废止 (repealed on that day).
    func syncRegister(_ item: CatalogueItemModel, officer: Officer, on db: any Database) async throws {
        guard let kind = CatalogueVocabulary.normativeKind(ofGenre: item.genre), let formed = item.formedDate else { return }
        let published = item.statusValue == .published ? item.publishedDate : nil
        let repealed = item.validityValue == .valid ? nil : item.validityChangedOn.flatMap { CivilDate(iso: $0) }
        let document: RegisteredDocument
        do {
            document = try RegisteredDocument(
                id: RecordID("目录" + item.indexNumber), kind: kind, title: item.title,
                documentNumber: item.documentNumber.isEmpty ? nil : item.documentNumber, issuedOn: formed,
                publishedOn: published, repealedOn: repealed)
        } catch {
            throw PublishingError.dates(error.description)
        }
        let record = RegisterRecordModel.CoreRecord.document(document)
        if let id = item.registerRecordID, let row = try await RegisterRecordModel.find(id, on: db) {
            row.payload = record.json
            row.year = record.year
            try await row.save(on: db)
            try await AuditLog.write(
                [AuditEntry(
                    actor: officer.actor, entity: "register", entityID: id.uuidString, action: "update",
                    diff: .object([JSONMember("recordKey", .string(row.recordKey)), JSONMember("from", .string("catalogue"))]),
                    agencyID: item.$agency.id)],
                at: context.clock.now(), on: db)
        } else if published != nil {
            let row = RegisterRecordModel(record, agencyID: item.$agency.id)
            try await row.create(on: db)
            item.registerRecordID = row.id
            try await AuditLog.write(
                [AuditEntry(
                    actor: officer.actor, entity: "register", entityID: try row.requireID().uuidString, action: "create",
                    diff: .object([JSONMember("recordKey", .string(row.recordKey)), JSONMember("from", .string("catalogue"))]),
                    agencyID: item.$agency.id)],
                at: context.clock.now(), on: db)
        }
    }
}
