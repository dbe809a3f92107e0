import Testing

@testable import GongkaiCore

@Suite("Fee schedule: 信息处理费 per case and per volume at every band edge (Fee)")
struct FeeScheduleTests {
    @Test(
        "按件: 1–10 free, 11–30 100元, then 100元 more per band of 10",
        arguments: [
            (1, 0), (10, 0), (11, 100), (30, 100), (31, 200), (40, 200), (41, 300), (50, 300), (51, 400), (60, 400),
            (61, 500), (101, 900),
        ])
    func perCaseFee(ordinal: Int, fee: Int) {
        #expect(InformationProcessingFee.perCaseFee(ordinal: ordinal) == fee)
    }

    @Test(
        "按件 totals for a month are 超额累进 (only the part in each band pays its rate)",
        arguments: [
            (0, 0), (10, 0), (11, 100), (30, 2000), (31, 2200), (40, 4000), (41, 4300), (50, 7000), (51, 7400),
        ])
    func perCaseTotal(count: Int, total: Int) {
        #expect(InformationProcessingFee.perCaseTotal(count: count) == total)
    }

    @Test(
        "按量: 1–30 pages free; 31–100 10元; 101–200 20元; from 201 40元, band by band",
        arguments: [
            (0, 0), (30, 0), (31, 10), (100, 700), (101, 720), (200, 2700), (201, 2740), (250, 4700),
        ])
    func perVolumeFee(pages: Int, fee: Int) {
        #expect(InformationProcessingFee.perVolumeFee(pages: pages) == fee)
    }

    @Test("an assessment explains its sum in Chinese and uses exactly one method")
    func assessment() throws {
        let volume = try InformationProcessingFee.assess(.perVolume(pages: 150))
        #expect(volume.amountYuan == 1700)
        #expect(volume.explanation == "按量计收：共150页，前30页不收费，第31至100页70页×10元，第101至150页50页×20元，合计1700元")
        let free = try InformationProcessingFee.assess(.perCase(monthlyOrdinal: 3))
        #expect(free.amountYuan == 0)
        #expect(free.explanation == "按件计收：本申请为申请人本自然月第3件，10件以下（含10件）不收费")
        #expect(throws: FeeError.invalidOrdinal(0)) { try InformationProcessingFee.assess(.perCase(monthlyOrdinal: 0)) }
        #expect(throws: FeeError.invalidPages(-1)) { try InformationProcessingFee.assess(.perVolume(pages: -1)) }
        #expect(FeeBasis.perVolume(pages: 1).methodLabel == "按量计收")
    }

    @Test("monthly ordinals count one applicant's requests per natural month, by receipt date")
    func monthlyOrdinals() throws {
        let requests = [
            try CaseworkFixtures.request("b", receivedOn: "2025-03-10"),
            try CaseworkFixtures.request("a", receivedOn: "2025-03-10"),
            try CaseworkFixtures.request("c", receivedOn: "2025-03-02"),
            try CaseworkFixtures.request("d", receivedOn: "2025-04-01"),
            try CaseworkFixtures.request("e", .commercial, receivedOn: "2025-03-01"),
        ]
        let ordinals = InformationProcessingFee.monthlyOrdinals(of: requests)
        #expect(ordinals == ["c": 1, "a": 2, "b": 3, "d": 1, "e": 1])
    }

    @Test("the default payment deadline is 20 working days after the notice (UNVERIFIED rule)")
    func paymentDue() {
        let due = InformationProcessingFee.defaultPaymentDue(noticeReceivedOn: "2025-03-03", calendar: .official)
        #expect(due.value == "2025-03-31")
    }
}
