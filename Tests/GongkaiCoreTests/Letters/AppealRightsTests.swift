import Testing

@testable import GongkaiCore

@Suite("The appeal-rights sentence and the default 复议机关")
struct AppealRightsTests {
    @Test("复议 within 60 days (行政复议法第二十条) or suit within 6 months (行政诉讼法第四十六条), naming the configured bodies")
    func sentence() throws {
        let letter = try LetterComposer.reply(.notExisting, details: ReplyDetails(), facts: LetterFixtures.facts())
        #expect(
            letter.appealRights
                == "如对本答复不服，可以自收到本答复书之日起60日内，依照《中华人民共和国行政复议法》第二十条的规定向江东市江东区人民政府"
                + "申请行政复议；也可以自收到本答复书之日起6个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向江东市江东区人民法院"
                + "提起行政诉讼。")
        #expect(letter.legalBasis.suffix(2) == [
            LegalCitation(Statute.reconsiderationLaw, "第二十条"), LegalCitation(Statute.litigationLaw, "第四十六条"),
        ])
    }

    @Test("A refusal from 2024 must go to reconsideration first (第二十三条第一款第（四）项), then court within 15 days")
    func reconsiderationFirst() throws {
        let letter = try LetterComposer.reply(.withheld(.stateSecret), details: LetterFixtures.details, facts: LetterFixtures.facts())
        let appeal = try #require(letter.appealRights)
        #expect(appeal.contains("根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，应当先申请行政复议"))
        #expect(appeal.contains("向江东市江东区人民政府申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内"))
        #expect(appeal.contains("《中华人民共和国行政诉讼法》第四十五条"))
        #expect(!appeal.contains("6个月"), "a direct suit is not open to a refusal")
    }

    @Test("Before 2024-01-01 the old law's 第九条第一款 applies and nothing must go to reconsideration first")
    func beforeRevision() throws {
        let request = RequestSummary(
            applicantName: "张三", applicantIsOrganization: false, caseNumber: "江东教依申〔2023〕9号",
            receivedOn: "2023-11-20", content: "某文件", deliveryForm: .paper)
        let letter = try LetterComposer.reply(
            .withheld(.stateSecret), details: LetterFixtures.details,
            facts: LetterFixtures.facts(date: "2023-12-15", request: request))
        let appeal = try #require(letter.appealRights)
        #expect(appeal.contains("《中华人民共和国行政复议法》第九条第一款") && appeal.contains("6个月内"))
        #expect(!appeal.contains("第二十三条") && !appeal.contains("第二十条"))
    }

    @Test("Without a configured 复议机关 the default follows the agency's standing and the letter's date; configured wins")
    func defaultBody() throws {
        let county = AgencyStanding(
            kind: .department, level: .county, ownGovernment: "江东市江东区人民政府", superiorDepartment: "江东市教育局")
        #expect(ReconsiderationBody.suggestion(for: county, on: "2024-01-01")?.text == "江东市江东区人民政府")
        #expect(ReconsiderationBody.suggestion(for: county, on: "2024-01-01")?.basis.hasSuffix("第二十四条第一款第（一）项") == true)
        #expect(ReconsiderationBody.suggestion(for: county, on: "2023-12-31")?.text == "江东市江东区人民政府或者江东市教育局")
        let town = AgencyStanding(kind: .government, level: .township, superiorGovernment: "江东市江东区人民政府")
        #expect(ReconsiderationBody.suggestion(for: town, on: "2026-01-20")?.text == "江东市江东区人民政府")
        let tax = AgencyStanding(kind: .verticallyManaged, level: .county, ownGovernment: "江东市江东区人民政府",
            superiorDepartment: "国家税务总局江东市税务局")
        #expect(ReconsiderationBody.suggestion(for: tax, on: "2026-01-20")?.text == "国家税务总局江东市税务局")
        let province = AgencyStanding(kind: .government, level: .provincial, ownName: "江东省人民政府")
        #expect(ReconsiderationBody.suggestion(for: province, on: "2026-01-20")?.text == "江东省人民政府")
        let ministry = AgencyStanding(kind: .department, level: .national, ownName: "某某部")
        #expect(ReconsiderationBody.suggestion(for: ministry, on: "2026-01-20")?.basis.hasSuffix("第二十五条第（一）项") == true)
        #expect(ReconsiderationBody.suggestion(for: AgencyStanding(kind: .government, level: .county), on: "2026-01-20") == nil)

        let suggested = AppealVenues(court: "江东市江东区人民法院", standing: county)
        let agency = AgencyLetterProfile(name: "江东市江东区教育局", appeal: suggested)
        let letter = try LetterComposer.reply(.notExisting, details: ReplyDetails(), facts: LetterFixtures.facts(agency: agency))
        #expect(letter.appealRights?.contains("向江东市江东区人民政府申请行政复议") == true)
        let configured = AppealVenues(reconsiderationBody: "江东市人民政府", court: "江东市江东区人民法院", standing: county)
        #expect(configured.reconsiderationBody(on: "2026-01-20") == "江东市人民政府")
    }

    @Test("A letter that needs the sentence cannot be issued without the 复议机关 or, where a direct suit is open, the court")
    func missingVenues() {
        let noBody = AgencyLetterProfile(name: "江东市江东区教育局", appeal: AppealVenues(court: "江东市江东区人民法院"))
        #expect(throws: LetterError.missing(.reconsiderationBody)) {
            try LetterComposer.reply(.notExisting, details: ReplyDetails(), facts: LetterFixtures.facts(agency: noBody))
        }
        let noCourt = AgencyLetterProfile(name: "江东市江东区教育局", appeal: AppealVenues(reconsiderationBody: "江东市江东区人民政府"))
        #expect(throws: LetterError.missing(.court)) {
            try LetterComposer.reply(.notExisting, details: ReplyDetails(), facts: LetterFixtures.facts(agency: noCourt))
        }
        // A refusal names no court: the suit follows the reconsideration decision.
        #expect(throws: Never.self) {
            try LetterComposer.reply(.withheld(.stateSecret), details: LetterFixtures.details, facts: LetterFixtures.facts(agency: noCourt))
        }
        // Notices without the sentence need neither.
        #expect(throws: Never.self) {
            try LetterComposer.correction(CorrectionParticulars(items: ["x"], deadline: "2026-02-01"), facts: LetterFixtures.facts(agency: noBody))
        }
    }
}
