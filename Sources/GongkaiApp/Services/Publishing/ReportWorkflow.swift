import FluentKit
import Foundation
import GongkaiCore

/// The annual report's workflow: 起草 (经办人 submits) → 审核 (a 审核人 other than the submitter
/// passes or returns it with a reason) → 签发 (负责人) → 发布 (负责人 or 管理员), which freezes an
/// immutable snapshot (`PublishedReportModel`). A 更正 is the same path again, ending in a new
/// version with its 更正说明. The canonical JSON's hash is taken at submission and compared at
/// every later step, so what was reviewed is what is signed and published; the auditor's error
/// findings block 签发 and 发布. Every step is one transaction with its audit entry.
public struct ReportWorkflow: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The workflow row of `agencyID`'s report on `year`, if it was ever submitted.
    public func state(agencyID: UUID, year: Int) async throws -> ReportWorkflowModel? {
        try await ReportWorkflowModel.query(on: context.db).filter(\.$agency.$id == agencyID).filter(\.$year == year).first()
    }

    /// 提交审核 (经办人): from 起草中, or after publishing to start a 更正.
    public func submit(agencyID: UUID, year: Int, officer: Officer, revision: Int?) async throws {
        guard year < context.clock.today.year else { throw ReportWorkflowError.yearNotOver(year) }
        let draft = try await AnnualReportDraft.build(agencyID: agencyID, year: year, in: context)
        let latest = try await PublishedReports(context).latest(agencyID: agencyID, year: year)
        if let latest, latest.contentHash == draft.contentHash { throw ReportWorkflowError.unchangedSincePublished(version: latest.version) }
        try await step(agencyID: agencyID, year: year, officer: officer, revision: revision, action: "submit", createIfMissing: true) { row, db in
            guard [.drafting, .published].contains(row.statusValue) else { throw ReportWorkflowError.notAllowed(step: "提交审核", status: row.statusValue) }
            row.status = ReportWorkflowStatus.submitted.rawValue
            row.contentHash = draft.contentHash
            row.submittedBy = officer.userID
            row.submittedByName = officer.actor
            row.reviewedByName = nil
            row.signedByName = nil
            row.returnReason = nil
        }
    }

    /// 审核通过 (审核人, not the submitter).
    public func pass(agencyID: UUID, year: Int, officer: Officer, revision: Int?) async throws {
        let draft = try await AnnualReportDraft.build(agencyID: agencyID, year: year, in: context)
        try await step(agencyID: agencyID, year: year, officer: officer, revision: revision, action: "review") { row, db in
            guard row.statusValue == .submitted else { throw ReportWorkflowError.notAllowed(step: "审核", status: row.statusValue) }
            guard row.submittedBy != officer.userID else { throw ReportWorkflowError.reviewerIsSubmitter }
            guard row.contentHash == draft.contentHash else { throw ReportWorkflowError.contentChanged }
            row.status = ReportWorkflowStatus.reviewed.rawValue
            row.reviewedByName = officer.actor
        }
    }

    /// 退回 (审核人 or 负责人) with a reason, from any step before 发布.
    public func sendBack(agencyID: UUID, year: Int, reason: String?, officer: Officer, revision: Int?) async throws {
        let reason = CatalogueText.sanitisedBody(reason ?? "")
        guard !reason.isEmpty, reason.count <= 500 else {
            throw FormError([FieldProblem(field: "reason", message: reason.isEmpty ? "请填写退回理由" : "退回理由不超过500字")])
        }
        try await step(agencyID: agencyID, year: year, officer: officer, revision: revision, action: "return", note: reason) { row, db in
            guard [.submitted, .reviewed, .signed].contains(row.statusValue) else {
                throw ReportWorkflowError.notAllowed(step: "退回", status: row.statusValue)
            }
            row.status = ReportWorkflowStatus.drafting.rawValue
            row.returnReason = reason
            row.reviewedByName = nil
            row.signedByName = nil
        }
    }

    /// 签发 (负责人): the reviewed content, without error findings.
    public func sign(agencyID: UUID, year: Int, officer: Officer, revision: Int?) async throws {
        let draft = try await AnnualReportDraft.build(agencyID: agencyID, year: year, in: context)
        try await step(agencyID: agencyID, year: year, officer: officer, revision: revision, action: "sign") { row, db in
            guard row.statusValue == .reviewed else { throw ReportWorkflowError.notAllowed(step: "签发", status: row.statusValue) }
            guard row.contentHash == draft.contentHash else { throw ReportWorkflowError.contentChanged }
            try Self.refuseErrors(draft)
            row.status = ReportWorkflowStatus.signed.rawValue
            row.signedByName = officer.actor
        }
    }

    /// 发布 (负责人 or 管理员): stores the next version's snapshot (JSON, hash, DOCX) and returns
    /// its version number. A version after the first needs its 更正说明.
    @discardableResult
    public func publish(agencyID: UUID, year: Int, correctionNote: String?, officer: Officer, revision: Int?) async throws -> Int {
        let draft = try await AnnualReportDraft.build(agencyID: agencyID, year: year, in: context)
        let latest = try await PublishedReports(context).latest(agencyID: agencyID, year: year)
        let note = CatalogueText.sanitisedBody(correctionNote ?? "")
        let docx = try DocxRenderer.render(draft.report)
        let version = (latest?.version ?? 0) + 1
        try await step(agencyID: agencyID, year: year, officer: officer, revision: revision, action: "publish", note: "第\(version)版") { row, db in
            guard row.statusValue == .signed else { throw ReportWorkflowError.notAllowed(step: "发布", status: row.statusValue) }
            if latest != nil, note.isEmpty || note.count > 2_000 {
                throw FormError([FieldProblem(field: "correctionNote", message: note.isEmpty ? "更正须填写更正说明" : "更正说明不超过2000字")])
            }
            guard row.contentHash == draft.contentHash else { throw ReportWorkflowError.contentChanged }
            try Self.refuseErrors(draft)
            let snapshot = PublishedReportModel()
            snapshot.id = UUID()
            snapshot.$agency.id = agencyID
            snapshot.year = year
            snapshot.version = version
            snapshot.reportJSON = draft.json
            snapshot.contentHash = draft.contentHash
            snapshot.docx = Data(docx)
            snapshot.correctionNote = latest == nil ? nil : note
            snapshot.reviewedBy = row.reviewedByName ?? ""
            snapshot.signedBy = row.signedByName ?? ""
            snapshot.publishedBy = officer.actor
            snapshot.publishedAt = context.clock.now()
            try await snapshot.create(on: db)
            row.status = ReportWorkflowStatus.published.rawValue
        }
        return version
    }

    static func refuseErrors(_ draft: AnnualReportDraft) throws {
        let errors = draft.blocking
        guard errors.isEmpty else { throw ReportWorkflowError.blockingFindings(errors.map(\.message)) }
    }

    /// Loads (or creates) the row in a transaction, checks the form's revision, applies `change`,
    /// saves and writes the audit entry.
    private func step(
        agencyID: UUID, year: Int, officer: Officer, revision: Int?, action: String, note: String = "", createIfMissing: Bool = false,
        _ change: @escaping @Sendable (ReportWorkflowModel, any Database) async throws -> Void
    ) async throws {
        do {
            try await transaction(agencyID: agencyID, year: year, officer: officer, revision: revision, action: action, note: note,
                                  createIfMissing: createIfMissing, change)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Two officers acted at once (the same new version, the same new row): the second is stale.
            throw ReportWorkflowError.stale
        }
    }

    private func transaction(
        agencyID: UUID, year: Int, officer: Officer, revision: Int?, action: String, note: String, createIfMissing: Bool,
        _ change: @escaping @Sendable (ReportWorkflowModel, any Database) async throws -> Void
    ) async throws {
        try await context.db.writeTransaction { db in
            var row = try await ReportWorkflowModel.query(on: db).filter(\.$agency.$id == agencyID).filter(\.$year == year).first()
            if row == nil {
                guard createIfMissing else { throw ReportWorkflowError.notAllowed(step: Self.stepName(action), status: .drafting) }
                let fresh = ReportWorkflowModel()
                fresh.$agency.id = agencyID
                fresh.year = year
                fresh.status = ReportWorkflowStatus.drafting.rawValue
                fresh.revision = 0
                row = fresh
            }
            guard let row else { return }
            if let revision, revision != row.revision { throw ReportWorkflowError.stale }
            let before = row.statusValue
            try await change(row, db)
            row.revision += 1
            try await row.save(on: db)
            var members = [JSONMember("year", .number(String(year))), JSONMember("from", .string(before.rawValue)), JSONMember("to", .string(row.status))]
            if !note.isEmpty { members.append(JSONMember("note", .string(note))) }
            try await AuditLog.write(
                [AuditEntry(actor: officer.actor, entity: "annual_report", entityID: "\(agencyID.uuidString):\(year)", action: action,
                            diff: .object(members), agencyID: agencyID)],
                at: context.clock.now(), on: db)
        }
    }

    static func stepName(_ action: String) -> String {
        ["submit": "提交审核", "review": "审核", "return": "退回", "sign": "签发", "publish": "发布"][action] ?? action
    }
}
