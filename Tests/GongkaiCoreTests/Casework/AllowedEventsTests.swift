import Testing

@testable import GongkaiCore

/// `RequestProgress.allowedEvents()`: what a staff console offers, in every phase.
@Suite("Allowed events: the actions offered in each phase match the state machine (Allowed)")
struct AllowedEventsTests {
    func tags(_ events: [RequestEvent], receivedOn: CivilDate = "2025-03-03") throws -> [RequestEventTag] {
        try CaseworkFixtures.request(receivedOn: receivedOn, events: events).progress.allowedEvents().map(\.tag)
    }

    @Test("a new request offers every first step")
    func fresh() throws {
        #expect(
            try tags([]) == [
                .correctionRequested, .consultationStarted, .extensionApproved, .feeNoticeIssued, .reasonsRequested,
                .replied, .withdrawn,
            ])
    }

    @Test("waiting phases offer only their way out, and withdrawal")
    func waiting() throws {
        let correction = RequestEvent(.correctionRequested(correctionDue: "2025-03-20"), on: "2025-03-05")
        #expect(try tags([correction]) == [.correctionReceived, .correctionLapsed, .withdrawn])
        let notice = try FeeNotice(basis: .perVolume(pages: 40))
        #expect(try tags([RequestEvent(.feeNoticeIssued(notice), on: "2025-03-05")]) == [.feePaid, .feeLapsed, .withdrawn])
        let consulting = [
            RequestEvent(.consultationStarted(Consultation(.thirdParty, addressee: "甲公司")), on: "2025-03-05"),
            RequestEvent(.consultationStarted(Consultation(.secrecyReview, addressee: "市保密局")), on: "2025-03-06"),
        ]
        let progress = try CaseworkFixtures.request(receivedOn: "2025-03-03", events: consulting).progress
        #expect(
            progress.allowedEvents().map(\.tag) == [
                .consultationStarted, .consultationEnded, .extensionApproved, .reasonsRequested, .withdrawn,
            ])
        #expect(progress.allowedEvents().first { $0.tag == .consultationEnded }?.openConsultations == ["甲公司", "市保密局"])
    }

    @Test("an extension is offered with the days left; none once 20 are used; nothing once closed")
    func limits() throws {
        let fifteen = RequestEvent(
            .extensionApproved(ExtensionApproval(days: 15, approvedBy: "张主任", applicantNotifiedOn: "2025-03-20")),
            on: "2025-03-20")
        let progress = try CaseworkFixtures.request(receivedOn: "2025-03-03", events: [fifteen]).progress
        #expect(progress.allowedEvents().first { $0.tag == .extensionApproved }?.maximumDays == 5)
        #expect(!progress.allows(.correctionRequested))
        #expect(progress.allowedEvents().allSatisfy { $0.earliestDate >= "2025-03-20" })
        let five = RequestEvent(
            .extensionApproved(ExtensionApproval(days: 5, approvedBy: "张主任", applicantNotifiedOn: "2025-03-21")),
            on: "2025-03-21")
        #expect(!(try CaseworkFixtures.request(receivedOn: "2025-03-03", events: [fifteen, five]).progress.allows(.extensionApproved)))
        #expect(try tags([RequestEvent(.replied(.granted), on: "2025-03-10")]).isEmpty)
    }
}
