import Foundation
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

    @Test("monthly 件 are counted per agency and per applicant per natural month, a split application taking several")
    func monthlyPieces() throws {
        func request(_ id: RecordID, _ type: ApplicantType = .naturalPerson, on received: CivilDate, agency: AgencyID = CaseworkFixtures.agency, pieces: Int = 1) throws -> DisclosureRequest {
            try DisclosureRequest(
                id: id, agencyID: agency, applicant: CaseworkFixtures.applicant(type), channel: .online,
                content: "某信息", receivedOn: received, pieceCount: pieces)
        }
        let requests = [
            try request("b", on: "2025-03-10"),
            try request("a", on: "2025-03-10", pieces: 3),  // 一事一申请: one application, three 件
            try request("c", on: "2025-03-02"),
            try request("d", on: "2025-04-01"),
            try request("e", .commercial, on: "2025-03-01"),
            try request("f", on: "2025-03-11", agency: "agency-2"),  // another agency counts its own
        ]
        let pieces = InformationProcessingFee.monthlyPieces(of: requests)
        // March, agency-1, 张三: c (03-02) 1; a (03-10, before b by id) 2…4; b 5.
        #expect(pieces == [5...5, 2...4, 1...1, 1...1, 1...1, 1...1])
    }

    @Test("a split application is charged 件 by 件 across the bands (办法第四条)")
    func splitFee() throws {
        // 件 9…12 of the month: 9, 10 free; 11, 12 at 100元.
        let assessment = try InformationProcessingFee.assess(.perCase(monthlyOrdinal: 9, pieces: 4))
        #expect(assessment.amountYuan == 200)
        #expect(assessment.explanation == "按件计收：本申请为申请人本自然月第9至12件（按一事一申请拆分为4件），按超额累进标准收取200元")
        // 件 29…32: 29, 30 at 100元; 31, 32 at 200元.
        #expect(try InformationProcessingFee.assess(.perCase(monthlyOrdinal: 29, pieces: 4)).amountYuan == 600)
        #expect(throws: FeeError.invalidPieces(0)) { try InformationProcessingFee.assess(.perCase(monthlyOrdinal: 1, pieces: 0)) }
        // Stored bases written before pieces existed still decode, as 1 件.
        let old = try JSONDecoder().decode(FeeBasis.self, from: Data(#"{"perCase":{"monthlyOrdinal":12}}"#.utf8))
        #expect(old == .perCase(monthlyOrdinal: 12, pieces: 1))
        let encoded = try JSONEncoder().encode(FeeBasis.perCase(monthlyOrdinal: 9, pieces: 4))
        #expect(try JSONDecoder().decode(FeeBasis.self, from: encoded) == .perCase(monthlyOrdinal: 9, pieces: 4))
    }

    @Test("the payment deadline is the 20th working day after delivery (after issue when unknown)")
    func paymentDue() {
        // Mon 2025-03-03: 03-04..07 (4), 03-10..14 (9), 03-17..21 (14), 03-24..28 (19), 03-31 (20).
        let unknown = InformationProcessingFee.statutoryPaymentDue(issuedOn: "2025-03-03", deliveredOn: nil, calendar: .official)
        #expect(unknown.value == "2025-03-31")
        // Delivered Thu 2025-03-06 by post: 03-07 (1), 03-10..14 (6), 03-17..21 (11), 03-24..28 (16),
        // 03-31..04-03 (20).
        let posted = InformationProcessingFee.statutoryPaymentDue(
            issuedOn: "2025-03-03", deliveredOn: "2025-03-06", calendar: .official)
        #expect(posted.value == "2025-04-03")
    }
}
