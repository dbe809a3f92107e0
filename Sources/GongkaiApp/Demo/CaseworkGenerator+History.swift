import Foundation
import GongkaiCore

extension CaseworkGenerator {
    /// A request received on `receivedOn` with a random valid history; events after `asOf`
    /// are left out (so a request may still be open on that day).
    public mutating func request(
        id: RecordID, agencyID: AgencyID, receivedOn: CivilDate, asOf: CivilDate? = nil, type: ApplicantType? = nil
    ) -> DisclosureRequest {
        let type = type ?? applicantType()
        let start = try! DisclosureRequest(
            id: id, agencyID: agencyID, applicant: applicant(type),
            channel: weighted([(.online, 60), (.letter, 20), (.inPerson, 12), (.email, 6), (.fax, 2)]),
            content: "申请公开" + pick(Self.subjects), receivedOn: receivedOn, pieceCount: chance(3) ? 2 + below(4) : 1)
        let full = history(of: start)
        var request = start
        for event in full.events {
            if let asOf, event.date > asOf { break }
            try! request.record(event)
        }
        return request
    }

    /// `request` with a random valid history: every step the state machine allows (corrections,
    /// consultations of every kind, several at once, with and without delivery dates, extensions
    /// in several approvals, 第三十五条 reasons and later reply dates, fees from 2021 with their
    /// statutory payment deadline, lapses mostly on the day after the deadline, replies of every
    /// result, withdrawals), or left open at any step. Each step is recorded, so the dates always
    /// fit the state machine (and `RequestProgress.allowedEvents()` offered it).
    mutating func history(of start: DisclosureRequest) -> DisclosureRequest {
        var request = start
        var day = start.receivedOn
        func next(_ maxGap: Int) -> CivilDate {
            day = day.adding(days: below(maxGap + 1))
            return day
        }
        func record(_ kind: RequestEvent.Kind, on date: CivilDate) {
            day = max(day, date)
            try! request.record(RequestEvent(kind, on: day))
        }
        /// The lapse date: the day after the deadline, or (now and then) a later recording.
        func lapseDay() -> CivilDate {
            chance(85) ? request.progress.lapseDate! : request.progress.lapseDate!.adding(days: 1 + below(10))
        }
        var corrected = false
        if chance(12) {
            let notice = next(6)
            let due = notice.adding(days: 10 + below(10))
            record(.correctionRequested(correctionDue: due), on: notice)
            let roll = below(10)
            if roll < 7 {
                record(.correctionReceived, on: next(due.dayNumber - day.dayNumber))
                corrected = true
            } else if roll < 9 {
                record(.correctionLapsed, on: lapseDay())
                return request
            } else {
                return request
            }
        }
        if request.regime == .regulation2019, chance(2) {
            record(.reasonsRequested, on: next(5))
            if chance(70) { record(.reasonsReceived, on: next(6)) }
            if chance(50) {
                let set = next(4)
                record(.replyDateSet(DelayedReply(replyBy: set.adding(days: 30 + below(30)), applicantNotifiedOn: set)), on: set)
            }
        }
        if chance(8) {
            let count = chance(80) ? 1 : 2 + below(2)
            let names = ["某某有限公司", "江东市财政局", "江东市国家保密局", "某村民委员会"]
            for index in 0..<count {
                let sent = next(6)
                let kind: ConsultationKind = weighted([(.thirdParty, 60), (.coMakingAgency, 15), (.otherAgency, 20), (.secrecyReview, 5)])
                let delivered = chance(50) ? sent.adding(days: below(4)) : nil
                record(.consultationStarted(Consultation(kind, addressee: "\(names[index])\(index)", deliveredOn: delivered)), on: sent)
            }
            guard chance(92) else { return request }
            for index in (0..<count).shuffled(using: &rng) {
                record(.consultationEnded(ConsultationAnswer(addressee: "\(names[index])\(index)")), on: next(20))
            }
        }
        if chance(7) {
            var left = request.progress.remainingExtensionDays
            repeat {
                let approved = next(20)
                let days = 1 + below(left)
                record(.extensionApproved(ExtensionApproval(days: days, approvedBy: "办公室主任", applicantNotifiedOn: approved.adding(days: below(2)))), on: approved)
                left -= days
            } while left > 0 && chance(20)
        }
        if chance(4), day.adding(days: 10) >= InformationProcessingFee.effectiveOn {
            let basis: FeeBasis =
                chance(60)
                ? .perVolume(pages: 31 + below(270)) : .perCase(monthlyOrdinal: 11 + below(40), pieces: request.pieceCount)
            let noticeDay = max(next(10), InformationProcessingFee.effectiveOn)
            let notice = try! FeeNotice(basis: basis, deliveredOn: chance(60) ? noticeDay.adding(days: below(4)) : nil)
            record(.feeNoticeIssued(notice), on: noticeDay)
            let roll = below(10)
            if roll < 7 {
                record(.feePaid, on: next(request.progress.fee!.paymentDue.dayNumber - day.dayNumber))
            } else if roll < 9 {
                record(.feeLapsed(noticeDeliveredOn: nil), on: lapseDay())
                return request
            } else {
                return request
            }
        }
        let roll = below(100)
        if roll < 4 {
            record(.withdrawn, on: next(25))
        } else if roll < 97 {
            // Most replies come within the 20 working days (about 28 calendar days); some are late.
            let gap = chance(90) ? 3 + below(24) : 28 + below(30)
            record(.replied(replyResult(corrected: corrected)), on: day.adding(days: gap))
        }
        return request
    }

    /// `request` closed the way an agency would close a case left open too long: a lapse for a
    /// correction or fee nobody answered (on the day after its deadline), else the pending
    /// consultations ended and a reply given; dated after its last event, or unchanged if that
    /// would fall after `asOf`.
    public mutating func closing(_ request: DisclosureRequest, asOf: CivilDate) -> DisclosureRequest {
        guard request.closure == nil else { return request }
        var request = request
        let progress = request.progress
        var day = progress.lastEventDate.adding(days: 10 + below(20))
        switch progress.phase {
        case .awaitingCorrection:
            if let lapse = progress.lapseDate, lapse <= asOf { try? request.record(RequestEvent(.correctionLapsed, on: lapse)) }
            return request
        case .awaitingFee:
            if let lapse = progress.lapseDate, lapse <= asOf {
                try? request.record(RequestEvent(.feeLapsed(noticeDeliveredOn: nil), on: lapse))
            }
            return request
        case .consulting:
            guard day <= asOf else { return request }
            for open in progress.openConsultations {
                try? request.record(RequestEvent(.consultationEnded(ConsultationAnswer(addressee: open.consultation.addressee)), on: day))
            }
            day = day.adding(days: 3 + below(10))
        case .processing, .closed:
            break
        }
        if day <= asOf { try? request.record(RequestEvent(.replied(replyResult(corrected: false)), on: day)) }
        return request
    }

    // MARK: Appeals

    /// Appeals against some of `requests`: reconsiderations, suits direct or after reconsideration,
    /// some with the 复议机关 as co-defendant or sole defendant, some appealed to a second
    /// instance; decisions after `asOf` left out (pending).
    public mutating func appeals(
        against requests: [DisclosureRequest], count: Int, asOf: CivilDate, idPrefix: String
    ) -> [AppealModel.CoreCase] {
        let closed = requests.filter { $0.closure != nil }
        guard !closed.isEmpty else { return [] }
        var cases: [AppealModel.CoreCase] = []
        for index in 0..<count {
            let request = pick(closed)
            let filed = request.closure!.date.adding(days: 5 + below(55))
            guard filed <= asOf else { continue }
            func decision(after filed: CivilDate) -> AppealDecision? {
                let decided = filed.adding(days: 30 + below(150))
                guard decided <= asOf, chance(85) else { return nil }
                return AppealDecision(decidedOn: decided, result: weighted([(.upheld, 70), (.corrected, 15), (.other, 15)]))
            }
            let roll = below(10)
            if roll < 6 {
                cases.append(
                    .reconsideration(
                        try! ReconsiderationCase(
                            id: RecordID("\(idPrefix)复\(index + 1)"), requestID: request.id, filedOn: filed,
                            decision: decision(after: filed), role: chance(5) ? .reconsiderationBody : .respondent)))
                continue
            }
            let route: LitigationCase.Route = roll < 9 ? .direct : .afterReconsideration
            let role: AppealRole =
                route == .direct ? .respondent
                : weighted([(.respondent, 70), (.coDefendantReconsiderationBody, 20), (.defendantReconsiderationBody, 10)])
            let first = try! LitigationCase(
                id: RecordID("\(idPrefix)诉\(index + 1)"), requestID: request.id, route: route, filedOn: filed,
                decision: decision(after: filed), role: role)
            cases.append(.litigation(first))
            // Some decided first instances are appealed (上诉) within 15 days.
            if let decided = first.decision, chance(25) {
                let appealed = decided.decidedOn.adding(days: 3 + below(12))
                guard appealed <= asOf else { continue }
                cases.append(
                    .litigation(
                        try! LitigationCase(
                            id: RecordID("\(idPrefix)诉\(index + 1)二审"), requestID: request.id, route: route,
                            filedOn: appealed, decision: decision(after: appealed), role: role,
                            courtLevel: .secondInstance, priorInstanceID: first.id)))
            }
        }
        return cases
    }
}
