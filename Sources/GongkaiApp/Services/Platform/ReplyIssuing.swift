import FluentKit
import Foundation
import GongkaiCore

/// Issuing an approved reply: in one transaction, the 答复书 (or 不予处理告知书) is composed from the
/// case and the draft, numbered and stored; the `replied` event is recorded with its table-3
/// result; the draft is marked issued. Either all of it happens or none.
public struct ReplyIssuing: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The letter a reply is written as.
    static func compose(_ reply: StatutoryReply, details: ReplyDetails, facts: LetterFacts) throws(LetterError) -> OfficialLetter {
        reply.isNotProcessed
            ? try LetterComposer.notProcessed(reply, details: details, facts: facts)
            : try LetterComposer.reply(reply, details: details, facts: facts)
    }

    /// Checks that `reply` with `input` composes a letter for the request (called when drafting,
    /// so that a missing fact is asked for before the reviewer sees the draft).
    public func check(_ reply: StatutoryReply, input: ReplyDetailsInput, requestID: UUID, agencyID: UUID) async throws {
        guard let row = try await RequestModel.query(on: context.db).filter(\.$id == requestID).filter(\.$agency.$id == agencyID).first()
        else { throw CaseServiceError.requestNotFound(requestID.uuidString) }
        let request = try await CaseService(context).request(requestID)
        let details = try input.details(correctionRequestedOn: request.progress.correctionRequestedOn)
        let facts = try await LetterOffice(context).trialFacts(for: request, row: row, agencyID: agencyID, date: context.clock.today)
        do throws(LetterError) {
            _ = try Self.compose(reply, details: details, facts: facts)
        } catch {
            throw FormError([FieldProblem(field: error.field.map(ReplyDetailsInput.formField) ?? "reply", message: error.description)])
        }
    }

    /// Issues the approved draft `draftID` on request `requestID` today; returns the letter's id.
    @discardableResult
    public func issue(draftID: UUID, requestID: UUID, agencyID: UUID, expectedVersion: Int?, actor: String) async throws -> UUID {
        let today = context.clock.today
        return try await context.db.writeTransaction { db in
            let drafts = ReplyDrafts(context.on(db))
            let draft = try await drafts.loadDraft(draftID, requestID: requestID, agencyID: agencyID, on: db)
            guard draft.status == ReplyDraftModel.Status.approved.rawValue else { throw ReplyDrafts.DraftError.notApproved }
            guard let row = try await RequestModel.find(requestID, on: db) else {
                throw CaseServiceError.requestNotFound(requestID.uuidString)
            }
            let cases = CaseService(context.on(db))
            let request = try await cases.request(requestID)
            let reply = try ReplyDrafts.reply(of: draft)
            let input = try ReplyDrafts.detailsInput(of: draft)
            let details = try input.details(correctionRequestedOn: request.progress.correctionRequestedOn)
            let facts = try await LetterOffice(context.on(db)).facts(for: request, row: row, agencyID: agencyID, date: today, on: db)
            let letter: OfficialLetter
            do throws(LetterError) {
                letter = try Self.compose(reply, details: details, facts: facts)
            } catch {
                throw FormError([FieldProblem(field: "reply", message: error.description)])
            }
            try await cases.append(
                RequestEvent(.replied(reply.result), on: today, note: "答复书 \(letter.number)"), to: requestID, actor: actor,
                expectedVersion: expectedVersion)
            let letterID = try await LetterOffice(context.on(db)).store(
                letter, requestID: requestID, agencyID: agencyID, visibleToApplicant: true, actor: actor, on: db)
            try await ReplyDraftModel.query(on: db).filter(\.$id == draftID)
                .set(\.$status, to: ReplyDraftModel.Status.issued.rawValue).set(\.$letterID, to: letterID).update()
            return letterID
        }
    }
}
