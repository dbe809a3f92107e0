import Testing

@testable import GongkaiCore

/// What a citizen reads on the status page: the table-3 row's words without the ordinal, so that
/// "已办结（（一）予以公开）" never appears.
@Suite("Reply results as a citizen reads them")
struct ReplyResultLabelTests {
    @Test("the ordinal of a result's row is dropped inside the closed status")
    func closedStatusLabel() {
        let day = CivilDate(year: 2026, month: 3, day: 10)!
        #expect(RequestStatus.closed(.granted, on: day).label == "已办结（予以公开）")
        #expect(RequestStatus.closed(.partiallyGranted, on: day).label == "已办结（部分公开）")
        #expect(RequestStatus.closed(.unavailableNotHeld, on: day).label == "已办结（无法提供：本机关不掌握相关政府信息）")
    }

    @Test("every result has a plain label with no ordinal left and no note in brackets")
    func everyPlainLabel() {
        for result in ReplyResult.allCases {
            let plain = result.plainLabel
            #expect(!plain.isEmpty)
            #expect(!plain.hasPrefix("（"), "\(result): \(plain)")
            #expect(plain.first.map { !$0.isNumber } ?? false, "\(result): \(plain)")
            #expect(!plain.contains("（") && !plain.contains("）"), "\(result): \(plain)")
            #expect(!plain.contains(" "), "\(result): \(plain)")
        }
    }
}
