import FluentKit
import Foundation
import GongkaiCore

/// Replies drafted by officers and reviewed by a 审核人 before they are issued.
public struct ReplyDrafts: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// A draft waiting for review, with its request's case number.
    public struct Pending: Sendable {
        public let draftID: UUID
        public let requestID: UUID
        public let caseNumber: String
        public let reply: StatutoryReply
        public let draftedBy: String
        public let draftedAt: Date
    }

    /// The drafts of `agencyID` waiting for review, oldest first.
    public func pending(agencyID: UUID) async throws -> [Pending] {
        let drafts = try await ReplyDraftModel.query(on: context.db)
            .join(RequestModel.self, on: \ReplyDraftModel.$request.$id == \RequestModel.$id)
            .filter(RequestModel.self, \.$agency.$id == agencyID)
            .filter(\.$status == ReplyDraftModel.Status.pending.rawValue).sort(\.$draftedAt).all()
        return try drafts.map { draft in
            let request = try draft.joined(RequestModel.self)
            return Pending(
                draftID: try draft.requireID(), requestID: draft.$request.id, caseNumber: request.caseNumber,
                reply: try Self.reply(of: draft), draftedBy: draft.draftedBy, draftedAt: draft.draftedAt)
        }
    }

    /// The drafts of one request, newest first.
    public func drafts(requestID: UUID) async throws -> [ReplyDraftModel] {
        try await ReplyDraftModel.query(on: context.db).filter(\.$request.$id == requestID).sort(\.$draftedAt, .descending)
            .all()
    }

    /// The stored reply of `draft`.
    public static func reply(of draft: ReplyDraftModel) throws -> StatutoryReply {
        do {
            return try JSONDecoder().decode(StatutoryReply.self, from: Data(draft.reply.utf8))
        } catch {
            throw StoredDataError(table: ReplyDraftModel.schema, key: draft.id?.uuidString ?? "?", reason: "答复类型无法读取")
        }
    }

    /// Why a draft cannot be made or decided.
    public enum DraftError: CategorizedError {
        case requestClosed(String)
        case alreadyPending
        case notPending(String)
        case notApproved
        case sameReviewer

        public var category: ErrorCategory {
            switch self {
            case .requestClosed, .alreadyPending, .notPending, .notApproved: .conflict
            case .sameReviewer: .forbidden
            }
        }

        public var userMessage: String {
            switch self {
            case .requestClosed(let number): "申请 \(number) 已办结，不能再起草答复"
            case .alreadyPending: "该申请已有一份待审核的答复稿，请先由审核人审核或退回"
            case .notPending(let status): "该答复稿当前为“\(status)”，不能再审核"
            case .notApproved: "答复稿尚未经审核人批准，不能签发"
            case .sameReviewer: "答复稿须由起草人以外的审核人审核"
            }
        }
    }

    /// The stored letter facts of `draft`.
    public static func detailsInput(of draft: ReplyDraftModel) throws -> ReplyDetailsInput {
        do {
            return try JSONDecoder().decode(ReplyDetailsInput.self, from: Data(draft.details.utf8))
        } catch {
            throw StoredDataError(table: ReplyDraftModel.schema, key: draft.id?.uuidString ?? "?", reason: "答复书内容无法读取")
        }
    }

    /// Drafts a reply on the open request `requestID` with the letter's facts `input` (its
    /// `reasons` required where the reply withholds or refuses); the letter is composed on trial
    /// first, so that every fact the letter needs is asked for now.
    @discardableResult
    public func draft(requestID: UUID, agencyID: UUID, reply: StatutoryReply, input: ReplyDetailsInput, actor: String)
        async throws -> UUID
    {
        let reasons = input.reasons ?? ""
        guard let row = try await RequestModel.query(on: context.db).filter(\.$id == requestID)
            .filter(\.$agency.$id == agencyID).first()
        else { throw CaseServiceError.requestNotFound(requestID.uuidString) }
        guard row.closedOn == nil else { throw DraftError.requestClosed(row.caseNumber) }
        let trimmed = reasons.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > 5_000 { throw FormError([FieldProblem(field: "reasons", message: "理由不超过5000字")]) }
        try await ReplyIssuing(context).check(reply, input: input, requestID: requestID, agencyID: agencyID)
        let existing = try await ReplyDraftModel.query(on: context.db).filter(\.$request.$id == requestID)
            .filter(\.$status ~~ [ReplyDraftModel.Status.pending.rawValue, ReplyDraftModel.Status.approved.rawValue]).count()
        guard existing == 0 else { throw DraftError.alreadyPending }
        let now = context.clock.now()
        let model = ReplyDraftModel()
        model.id = UUID()
        model.$request.id = requestID
        model.reply = String(decoding: try JSONEncoder().encode(reply), as: UTF8.self)
        model.reasons = trimmed
        model.details = String(decoding: try JSONEncoder().encode(input), as: UTF8.self)
        model.status = ReplyDraftModel.Status.pending.rawValue
        model.draftedBy = actor
        model.draftedAt = now
        try await context.db.writeTransaction { db in
            try await model.create(on: db)
            try await AuditLog.write(
                [
                    AuditEntry(
                        actor: actor, entity: "replyDraft", entityID: model.id!.uuidString, action: "create",
                        diff: .object([
                            JSONMember("request", .string(requestID.uuidString)),
                            JSONMember("result", .string(reply.result.rawValue)),
                        ]), agencyID: agencyID)
                ], at: now, on: db)
        }
        return model.id!
    }

    /// A 审核人's decision on the pending draft `draftID` of request `requestID`.
    public func decide(
        draftID: UUID, requestID: UUID, agencyID: UUID, approve: Bool, note: String, reviewer: String
    ) async throws {
        let draft = try await loadDraft(draftID, requestID: requestID, agencyID: agencyID)
        guard draft.status == ReplyDraftModel.Status.pending.rawValue else {
            throw DraftError.notPending(ReplyDraftModel.Status(rawValue: draft.status)?.label ?? draft.status)
        }
        guard draft.draftedBy != reviewer else { throw DraftError.sameReviewer }
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        if !approve, trimmed.isEmpty {
            throw FormError([FieldProblem(field: "note", message: "退回时请写明需要修改之处")])
        }
        let now = context.clock.now()
        let status = approve ? ReplyDraftModel.Status.approved : .rejected
        try await context.db.writeTransaction { db in
            // Only a still-pending draft changes: a second reviewer deciding at the same moment changes nothing.
            try await ReplyDraftModel.query(on: db).filter(\.$id == draftID)
                .filter(\.$status == ReplyDraftModel.Status.pending.rawValue)
                .set(\.$status, to: status.rawValue).set(\.$reviewedBy, to: reviewer).set(\.$reviewedAt, to: now)
                .set(\.$reviewNote, to: trimmed.isEmpty ? nil : trimmed).update()
            guard let after = try await ReplyDraftModel.find(draftID, on: db), after.reviewedBy == reviewer,
                after.status == status.rawValue
            else { throw DraftError.notPending("已由他人审核") }
            try await AuditLog.write(
                [
                    AuditEntry(
                        actor: reviewer, entity: "replyDraft", entityID: draftID.uuidString,
                        action: approve ? "approve" : "reject", diff: .object([]), agencyID: agencyID)
                ], at: now, on: db)
        }
    }

    func loadDraft(_ draftID: UUID, requestID: UUID, agencyID: UUID, on db: (any Database)? = nil) async throws
        -> ReplyDraftModel
    {
        let db = db ?? context.db
        guard let draft = try await ReplyDraftModel.query(on: db).filter(\.$id == draftID)
            .filter(\.$request.$id == requestID)
            .join(RequestModel.self, on: \ReplyDraftModel.$request.$id == \RequestModel.$id)
            .filter(RequestModel.self, \.$agency.$id == agencyID).first()
        else { throw CaseServiceError.requestNotFound(requestID.uuidString) }
        return draft
    }
}
