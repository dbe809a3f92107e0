import GongkaiApp
import GongkaiCore

/// The actions the case page offers: exactly the events the core state machine accepts at this
/// moment, found by trying a representative event of each kind (the rules stay in the core).
enum CaseActions {
    /// The event tags the state machine accepts on `today` for `request`.
    static func allowed(for request: DisclosureRequest, today: CivilDate) -> [RequestEventTag] {
        guard request.closure == nil else { return [] }
        let date = max(today, request.progress.lastEventDate)
        let candidates: [(RequestEventTag, RequestEvent.Kind)] = [
            (.correctionRequested, .correctionRequested(correctionDue: date.adding(days: 15))),
            (.correctionReceived, .correctionReceived),
            (.correctionLapsed, .correctionLapsed),
            (.consultationStarted, .consultationStarted(party: .thirdParty)),
            (.consultationEnded, .consultationEnded),
            (.extensionApproved, .extensionApproved(ExtensionApproval(days: 1, approvedBy: "—", applicantNotifiedOn: date))),
            (.feeNoticeIssued, .feeNoticeIssued(FeeNotice(basis: .perVolume(pages: 1_000), amountYuan: Self.sampleFee, paymentDue: date.adding(days: 30)))),
            (.feePaid, .feePaid),
            (.feeLapsed, .feeLapsed),
            (.replied, .replied(.granted)),
            (.withdrawn, .withdrawn),
        ]
        return candidates.compactMap { tag, kind in
            (try? request.recording(RequestEvent(kind, on: date))) == nil ? nil : tag
        }
    }

    /// The scale's fee for the sample volume (so the trial notice carries a valid amount).
    static let sampleFee = (try? InformationProcessingFee.assess(.perVolume(pages: 1_000)).amountYuan) ?? 0
}
