import FluentKit
import Foundation
import GongkaiCore

/// The 建议提案办理 register of an agency: 经办人 enter what was handed over, then the reply, the
/// deputy's or member's evaluation and whether the reply is published (复文公开). Every query
/// is scoped to the agency; every change is one transaction with its audit entry (field names
/// only, never the text).
public struct ProposalRegister: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The record does not exist in the agency.
    public struct NotFound: CategorizedError {
        public var category: ErrorCategory { .notFound }
        public var userMessage: String { "找不到该建议或提案" }
    }

    /// The form was made from an older version of the record.
    public struct StaleForm: CategorizedError {
        public var category: ErrorCategory { .conflict }
        public var userMessage: String { "该记录已被他人修改，请刷新页面后重新填写" }
    }

    /// Registers a suggestion or proposal; its last day comes from the agency's rule.
    public func create(_ input: ProposalInput, agencyID: UUID, actor: String) async throws -> UUID {
        let checked = try input.checked(today: context.clock.today)
        let rule = try await ProposalDeadlines(context).rule(agencyID: agencyID)
        let row = ProposalModel()
        row.id = UUID()
        row.$agency.id = agencyID
        apply(checked, rule: rule, to: row)
        row.replyPublic = false
        row.revision = 1
        row.createdBy = actor
        try await context.db.writeTransaction { db in
            try await ensureUnique(row, on: db)
            try await row.create(on: db)
            try await audit(row, "create", fields: ["kind", "number", "title", "proposers", "role", "assignedOn"], actor: actor, on: db)
        }
        return try row.requireID()
    }

    /// Replaces the registered fields (the last day is recomputed from the agency's rule).
    public func edit(id: UUID, _ input: ProposalInput, agencyID: UUID, actor: String) async throws {
        let checked = try input.checked(today: context.clock.today)
        let rule = try await ProposalDeadlines(context).rule(agencyID: agencyID)
        try await context.db.writeTransaction { db in
            let row = try await load(id, agencyID: agencyID, revision: input.revision, on: db)
            if let replied = row.repliedOn.flatMap(CivilDate.init(iso:)), replied < checked.assignedOn {
                throw FormError([FieldProblem(field: "assignedOn", message: ProposalError.replyBeforeAssignment(assignedOn: checked.assignedOn, repliedOn: replied).message)])
            }
            apply(checked, rule: rule, to: row)
            row.revision += 1
            try await ensureUnique(row, on: db)
            try await row.save(on: db)
            try await audit(row, "edit", fields: ["kind", "number", "title", "proposers", "role", "assignedOn"], actor: actor, on: db)
        }
    }

    /// Records the reply, the evaluation and 复文公开 (an empty date reopens the record).
    public func recordReply(id: UUID, _ input: ProposalReplyInput, agencyID: UUID, actor: String) async throws {
        try await context.db.writeTransaction { db in
            let row = try await load(id, agencyID: agencyID, revision: input.revision, on: db)
            guard let assigned = CivilDate(iso: row.assignedOn) else { throw NotFound() }
            let checked = try input.checked(assignedOn: assigned, today: context.clock.today)
            row.repliedOn = checked.repliedOn?.description
            row.evaluation = checked.evaluation?.rawValue
            row.replyPublic = checked.isPublic
            row.replyText = checked.text
            row.revision += 1
            try await row.save(on: db)
            try await audit(row, "reply", fields: ["repliedOn", "evaluation", "replyPublic", "replyText"], actor: actor, on: db)
        }
    }

    /// The agency's records handed over in `year`, by kind, then 交办 date, then number.
    public func list(agencyID: UUID, year: Int) async throws -> [ProposalModel] {
        try await ProposalModel.query(on: context.db).filter(\.$agency.$id == agencyID).filter(\.$year == year)
            .sort(\.$kind).sort(\.$assignedOn).sort(\.$number).all()
    }

    /// One record of the agency (another agency's id is not found).
    public func find(_ id: UUID, agencyID: UUID) async throws -> ProposalModel {
        try await load(id, agencyID: agencyID, revision: nil, on: context.db)
    }

    /// 办复率, 满意率 and the counts per kind of the records handed over in `year`.
    public func rates(agencyID: UUID, year: Int) async throws -> [ProposalRates] {
        let records = try await list(agencyID: agencyID, year: year).map { try $0.toCore() }
        return ProposalKind.allCases.map { ProposalRates(kind: $0, records: records, today: context.clock.today) }
    }

    /// Replies published (复文公开) per kind among the records handed over in `year`.
    public func publishedReplyCounts(agencyID: UUID, year: Int) async throws -> [ProposalKind: Int] {
        let rows = try await publishedReplies(agencyID: agencyID).filter { $0.year == year }
        return Dictionary(grouping: rows.compactMap { ProposalKind(rawValue: $0.kind) }, by: { $0 }).mapValues(\.count)
    }

    /// The agency's published replies (复文公开) for the portal, newest reply first.
    public func publishedReplies(agencyID: UUID, limit: Int = 500) async throws -> [ProposalModel] {
        try await ProposalModel.query(on: context.db).filter(\.$agency.$id == agencyID).filter(\.$replyPublic == true)
            .filter(\.$repliedOn != nil).sort(\.$repliedOn, .descending).sort(\.$number).limit(limit).all()
    }

    /// One published reply of the agency; anything not published is not found.
    public func publishedReply(_ id: UUID, agencyID: UUID) async throws -> ProposalModel {
        guard
            let row = try await ProposalModel.query(on: context.db).filter(\.$id == id).filter(\.$agency.$id == agencyID)
                .filter(\.$replyPublic == true).filter(\.$repliedOn != nil).first()
        else { throw NotFound() }
        return row
    }

    // MARK: Steps

    private func apply(_ checked: ProposalInput.Checked, rule: ProposalDeadlineRule, to row: ProposalModel) {
        row.kind = checked.kind.rawValue
        row.year = checked.assignedOn.year
        row.number = checked.number
        row.title = checked.title
        row.proposers = checked.proposers
        row.role = checked.role.rawValue
        row.assignedOn = checked.assignedOn.description
        row.dueOn = rule.due(kind: checked.kind, role: checked.role, assignedOn: checked.assignedOn).description
    }

    private func ensureUnique(_ row: ProposalModel, on db: any Database) async throws {
        var query = ProposalModel.query(on: db).filter(\.$agency.$id == row.$agency.id).filter(\.$kind == row.kind)
            .filter(\.$year == row.year).filter(\.$number == row.number)
        if let id = row.id { query = query.filter(\.$id != id) }
        if try await query.count() > 0 {
            throw FormError([FieldProblem(field: "number", message: "\(row.year)年已登记编号为“\(row.number)”的同类建议提案，请核对编号")])
        }
    }

    private func load(_ id: UUID, agencyID: UUID, revision: Int?, on db: any Database) async throws -> ProposalModel {
        guard let row = try await ProposalModel.query(on: db).filter(\.$id == id).filter(\.$agency.$id == agencyID).first()
        else { throw NotFound() }
        if let revision, revision != row.revision { throw StaleForm() }
        return row
    }

    private func audit(_ row: ProposalModel, _ action: String, fields: [String], actor: String, on db: any Database) async throws {
        try await AuditLog.write(
            [AuditEntry(
                actor: actor, entity: "proposal", entityID: try row.requireID().uuidString, action: action,
                diff: .object([JSONMember("fields", .array(fields.map { .string($0) }))]), agencyID: row.$agency.id)],
            at: context.clock.now(), on: db)
    }
}
