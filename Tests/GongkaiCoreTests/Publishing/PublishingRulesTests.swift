import Foundation
import Testing

@testable import GongkaiCore

@Suite("Publishing rules: 索引号, 保密审查, 第二十六条, search text")
struct PublishingRulesTests {
    @Test("索引号 follow the agency's pattern, padded; a pattern without {seq} or a missing unit code is refused")
    func indexNumbers() throws {
        let scheme = try IndexNumberScheme(unitCode: "11320100MB0000000X")
        #expect(scheme.indexNumber(year: 2026, sequence: 7) == "11320100MB0000000X/2026-00007")
        #expect(scheme.indexNumber(year: 2026, sequence: 123_456) == "11320100MB0000000X/2026-123456")
        let custom = try IndexNumberScheme(pattern: "JD-{year}-{seq}", unitCode: "", width: 3)
        #expect(custom.indexNumber(year: 2025, sequence: 12) == "JD-2025-012")
        #expect(throws: PublishingError.self) { try IndexNumberScheme(pattern: "{unit}/{year}", unitCode: "A1") }
        #expect(throws: PublishingError.self) { try IndexNumberScheme(pattern: "{unit}/{seq}", unitCode: "") }
        #expect(throws: PublishingError.self) { try IndexNumberScheme(unitCode: "单位/1") }
    }

    @Test("the review: another person; 国家秘密 never passed; 第十五条 and 第十六条 passes need a note; withholding needs grounds")
    func secrecyReview() throws {
        func review(_ decision: SecrecyReview.Decision, _ checklist: SecrecyReview.Checklist = .init(), grounds: [SecrecyReview.Ground] = [], note: String = "", reviewer: String = "b") throws(PublishingError) -> SecrecyReview {
            try SecrecyReview(checklist: checklist, decision: decision, grounds: grounds, note: note, drafter: "a", reviewer: reviewer)
        }
        #expect(throws: PublishingError.reviewerIsDrafter) { try review(.pass, reviewer: "a") }
        #expect(try review(.pass).decision == .pass)
        #expect(throws: PublishingError.self) { try review(.pass, .init(stateSecret: true), note: "领导同意") }
        #expect(throws: PublishingError.self) { try review(.pass, .init(privacy: true)) }
        #expect(try review(.pass, .init(privacy: true), note: "当事人书面同意公开").checklist.labels == ["个人隐私"])
        #expect(throws: PublishingError.self) { try review(.pass, .init(processInformation: true)) }
        #expect(throws: PublishingError.self) { try review(.withhold, note: "涉密") }
        #expect(throws: PublishingError.self) { try review(.withhold, grounds: [.article14]) }
        #expect(try review(.withhold, .init(stateSecret: true), grounds: [.article14], note: "涉密").grounds == [.article14])
        #expect(throws: PublishingError.self) { try review(.pass, grounds: [.article16]) }
        #expect(throws: PublishingError.self) { try review(.returnToDrafter) }
    }

    @Test("第二十六条: 20 working days after forming, in the official calendar (National Day week skipped)")
    func twentyWorkingDays() {
        let clock = ProactiveDisclosureClock()
        // Formed Wednesday 2024-09-25: day 1 is the 26th; 国庆 1–7 October are rest days and
        // 29 September and 12 October adjusted working days (cn-workdays.md's example: due 2024-10-28).
        let formed = CivilDate(iso: "2024-09-25")!
        #expect(clock.dueDate(formedOn: formed).value == CivilDate(iso: "2024-10-28")!)
        #expect(!clock.isLate(formedOn: formed, publishedOn: CivilDate(iso: "2024-10-28")!))
        #expect(clock.isLate(formedOn: formed, publishedOn: CivilDate(iso: "2024-10-29")!))
        #expect(clock.workingDaysLeft(formedOn: formed, asOf: formed) == 20)
        #expect(clock.workingDaysLeft(formedOn: formed, asOf: CivilDate(iso: "2024-10-29")!) == -1)
    }

    @Test("bodies are kept as plain paragraphs; bigrams of the text, full-width folded; the match needs the words")
    func text() {
        #expect(CatalogueText.sanitisedBody("  第一段 \r\n\r\n\r\n\u{0007}第二段<b>粗</b>\n") == "第一段\n\n第二段<b>粗</b>")
        #expect(CatalogueText.paragraphs("甲\n\n乙\n") == ["甲", "乙"])
        #expect(CatalogueText.grams("部门预算") == ["部门", "门预", "预算"])
        #expect(CatalogueText.grams("ＡＢ，预") == ["ab", "预"])
        #expect(CatalogueText.matches("2026年部门预算公开", query: "预算 公开"))
        #expect(!CatalogueText.matches("预计算法", query: "预算"))
        #expect(CatalogueText.isIndexable("预算") && !CatalogueText.isIndexable("预"))
        #expect(CatalogueVocabulary.normativeKind(ofGenre: "规范性文件") == .normativeDocument)
        #expect(CatalogueVocabulary.normativeKind(ofGenre: "通知公告") == nil)
    }
}
