import FluentKit
import Foundation
import GongkaiCore

/// Events that are told to someone in writing, recorded together with their letter: the
/// 补正告知书 with a correction request, the 延期答复告知书 with an extension, the 征求意见函 with a
/// consultation, the 收费通知书 with a fee notice. One transaction: the event is refused, or it is
/// recorded with its numbered letter.
public struct NoticeLetters: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// What a notice needs beyond the event itself.
    public struct Extras: Sendable, Hashable {
        /// The consulted party's name (征求意见函 addressee).
        public var consultedParty: String?
        /// Whether the consulted third party is an organisation.
        public var consultedPartyIsOrganization: Bool
        /// Why the party is consulted.
        public var consultationReason: String?
        /// How to pay a fee.
        public var paymentMethod: String?

        public init(
            consultedParty: String? = nil, consultedPartyIsOrganization: Bool = false, consultationReason: String? = nil,
            paymentMethod: String? = nil
        ) {
            self.consultedParty = consultedParty
            self.consultedPartyIsOrganization = consultedPartyIsOrganization
            self.consultationReason = consultationReason
            self.paymentMethod = paymentMethod
        }
    }

    /// Records `event` on `requestID` and, when the event is told in writing, its letter.
    @discardableResult
    public func record(
        _ event: RequestEvent, on requestID: UUID, agencyID: UUID, extras: Extras, actor: String, expectedVersion: Int?
    ) async throws -> DisclosureRequest {
        try await context.db.writeTransaction { db in
            let inner = context.on(db)
            guard let row = try await RequestModel.query(on: db).filter(\.$id == requestID).filter(\.$agency.$id == agencyID).first()
            else { throw CaseServiceError.requestNotFound(requestID.uuidString) }
            let before = try await CaseService(inner).request(requestID)
            let after = try await CaseService(inner).append(event, to: requestID, actor: actor, expectedVersion: expectedVersion)
            guard let notice = try await letter(for: event, before: before, after: after, row: row, agencyID: agencyID, extras: extras, on: db)
            else { return after }
            try await LetterOffice(inner).store(
                notice.letter, requestID: requestID, agencyID: agencyID, visibleToApplicant: notice.toApplicant, actor: actor,
                on: db)
            return after
        }
    }

    func letter(
        for event: RequestEvent, before: DisclosureRequest, after: DisclosureRequest, row: RequestModel, agencyID: UUID,
        extras: Extras, on db: any Database
    ) async throws -> (letter: OfficialLetter, toApplicant: Bool)? {
        let facts = { () async throws -> LetterFacts in
            try await LetterOffice(context.on(db)).facts(for: after, row: row, agencyID: agencyID, date: event.date, on: db)
        }
        do {
            switch event.kind {
            case .correctionRequested(let due):
                let items = (event.note ?? "").split(whereSeparator: \.isNewline).map(String.init)
                return (try LetterComposer.correction(CorrectionParticulars(items: items, deadline: due), facts: try await facts()), true)
            case .extensionApproved(let approval):
                let due = StatutoryClock().deadline(for: after, asOf: event.date).dueDate
                guard let due else { return nil }
                let earlier = before.events.reduce(0) { total, item in
                    if case .extensionApproved(let earlier) = item.kind { return total + earlier.days }
                    return total
                }
                return (
                    try LetterComposer.deadlineExtension(
                        ExtensionParticulars(days: approval.days, newDueDate: due, earlierDays: earlier, reason: event.note),
                        facts: try await facts()), true
                )
            case .consultationStarted(let consultation):
                // Letters exist for a third party (第三十二条) and a co-making agency (第三十四条); other
                // agencies and a secrecy review are consulted by the agencies' own channels.
                let kind: ConsultationParticulars.Party
                switch consultation.kind {
                case .thirdParty: kind = .thirdParty(isOrganization: extras.consultedPartyIsOrganization)
                case .coMakingAgency: kind = .coMakingAgency
                case .otherAgency, .secrecyReview: return nil
                }
                let addressee = consultation.addressee.isEmpty ? extras.consultedParty ?? "" : consultation.addressee
                return (
                    try LetterComposer.consultation(
                        ConsultationParticulars(party: kind, addressee: addressee, reason: extras.consultationReason),
                        facts: try await facts()), false
                )
            case .feeNoticeIssued(let notice):
                return (try LetterComposer.feeNotice(notice, paymentMethod: extras.paymentMethod ?? "", facts: try await facts()), true)
            default:
                return nil
            }
        } catch let error as LetterError {
            let field: String =
                switch error.field {
                case .correctionItems: "note"
                case .consultedParty: "partyName"
                case .consultationReason: "partyReason"
                case .paymentMethod: "paymentMethod"
                case .extensionDays: "days"
                default: "action"
                }
            throw FormError([FieldProblem(field: field, message: error.description)])
        }
    }
}
