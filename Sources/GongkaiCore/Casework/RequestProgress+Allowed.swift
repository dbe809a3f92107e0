/// What may be recorded next: the actions a staff console offers for a request.
extension RequestProgress {
    /// An event kind that `apply(_:)` accepts now (given a valid payload), with the dates and
    /// limits a form needs.
    public struct AllowedEvent: Sendable, Hashable {
        /// The kind of event.
        public let tag: RequestEventTag
        /// The earliest date it may carry (the last event's date, or later when the rules say so:
        /// a lapse only after its deadline, a fee notice only from 2021-01-01).
        public let earliestDate: CivilDate
        /// The date to offer by default, when the rules fix one: the day after the deadline for
        /// a lapse (`lapseDate`).
        public let defaultDate: CivilDate?
        /// For `consultationEnded`: the addressees of the consultations still out. For
        /// `extensionApproved`: empty (see `maximumDays`).
        public let openConsultations: [String]
        /// For `extensionApproved`: the most working days this approval may add.
        public let maximumDays: Int?
    }

    /// The events that may be recorded now, in `RequestEventTag` order; empty once closed.
    ///
    /// Exactly the kinds `apply(_:)` accepts with some valid payload dated `earliestDate` or later
    /// (a test replays every generated history against this list).
    public func allowedEvents() -> [AllowedEvent] {
        guard closure == nil else { return [] }
        let working = phase == .processing || phase == .consulting
        var tags: [RequestEventTag] = []
        for tag in RequestEventTag.allCases {
            let allowed: Bool
            switch tag {
            case .correctionRequested:
                allowed =
                    phase == .processing && correctionRequestedOn == nil && consultations.isEmpty && extensions.isEmpty
                    && fee == nil && reasonsRequestedOn == nil
            case .correctionReceived, .correctionLapsed: allowed = phase == .awaitingCorrection
            case .consultationStarted: allowed = working
            case .consultationEnded: allowed = phase == .consulting
            case .extensionApproved: allowed = working && remainingExtensionDays > 0
            case .feeNoticeIssued: allowed = phase == .processing && fee == nil
            case .feePaid, .feeLapsed: allowed = phase == .awaitingFee
            case .reasonsRequested: allowed = working && regime == .regulation2019 && reasonsRequestedOn == nil
            case .reasonsReceived: allowed = working && reasonsRequestedOn != nil && reasonsReceivedOn == nil
            case .replyDateSet: allowed = working && reasonsRequestedOn != nil && delayedReply == nil
            case .replied: allowed = phase == .processing
            case .withdrawn: allowed = true
            }
            if allowed { tags.append(tag) }
        }
        return tags.map { tag in
            var earliest = lastEventDate
            var defaultDate: CivilDate?
            switch tag {
            case .correctionLapsed, .feeLapsed:
                if let lapse = lapseDate {
                    earliest = max(earliest, lapse)
                    defaultDate = earliest
                }
            case .feeNoticeIssued:
                earliest = max(earliest, InformationProcessingFee.effectiveOn)
            default:
                break
            }
            return AllowedEvent(
                tag: tag, earliestDate: earliest, defaultDate: defaultDate,
                openConsultations: tag == .consultationEnded ? openConsultations.map(\.consultation.addressee) : [],
                maximumDays: tag == .extensionApproved ? remainingExtensionDays : nil)
        }
    }

    /// Whether an event of `tag` may be recorded now (`allowedEvents()` lists it).
    public func allows(_ tag: RequestEventTag) -> Bool {
        allowedEvents().contains { $0.tag == tag }
    }
}
