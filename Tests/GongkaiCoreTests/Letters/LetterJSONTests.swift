import Foundation
import Testing

@testable import GongkaiCore

@Suite("The letter's JSON snapshot")
struct LetterJSONTests {
    @Test("Every kind round-trips through the JSON text exactly, hostile text included")
    func roundTrip() throws {
        for letter in try LetterFixtures.oneOfEachKind() + [LetterFixtures.hostileLetter()] {
            let back = try OfficialLetter(json: letter.json)
            #expect(back == letter)
            #expect(back.json == letter.json, "writing again gives the same bytes")
            #expect(LetterRenderer.html(back) == LetterRenderer.html(letter))
            #expect(try LetterRenderer.docx(back) == LetterRenderer.docx(letter), "re-rendering is identical")
        }
    }

    @Test("Members in a fixed order, dates as YYYY-MM-DD, null for what is absent")
    func shape() throws {
        let letter = try LetterComposer.correction(
            CorrectionParticulars(items: ["x"], deadline: "2026-02-03"),
            facts: LetterFixtures.facts(agency: AgencyLetterProfile(name: "江东市江东区教育局", appeal: AppealVenues())))
        let keys = try #require(letter.jsonValue.objectValue).map(\.key)
        #expect(keys == [
            "schema", "kind", "title", "number", "caseNumber", "addressee", "body", "legalBasis", "appealRights",
            "closing", "issuer", "date", "contact", "copyTo",
        ])
        #expect(letter.json.contains(#""schema": "gongkai.letter/1""#))
        #expect(letter.json.contains(#""date": "2026-01-20""#))
        #expect(letter.json.contains(#""appealRights": null"#) && letter.json.contains(#""contact": null"#))
        #expect(letter.json.contains(#""kind": "correction""#))
    }

    @Test("A damaged snapshot is refused with the path of the fault")
    func errors() throws {
        let json = try LetterFixtures.oneOfEachKind()[0].json
        func reason(_ text: String) -> String {
            do {
                _ = try OfficialLetter(json: text)
                return "accepted"
            } catch {
                return error.description
            }
        }
        #expect(reason("[]") == "应为 JSON 对象")
        #expect(reason("{") .hasPrefix("不是有效的 JSON"))
        #expect(reason(json.replacingOccurrences(of: "gongkai.letter/1", with: "gongkai.letter/2")).hasPrefix("schema："))
        #expect(reason(json.replacingOccurrences(of: #""kind": "reply""#, with: #""kind": "memo""#)).hasPrefix("kind：应为 reply"))
        #expect(reason(json.replacingOccurrences(of: "2026-01-20", with: "2026-02-30")) == "date：应为 YYYY-MM-DD 格式的有效日期")
        #expect(reason(json.replacingOccurrences(of: #""closing": "特此答复。","#, with: "")) == "closing：缺少此项")
        #expect(reason(json.replacingOccurrences(of: #""copyTo": ["#, with: #""copyTo": [1, "#)) == "copyTo[0]：应为字符串")
        #expect(reason(json.replacingOccurrences(of: #""provision": "第十六条第一款""#, with: #""provision": 3"#))
            == "legalBasis[0].provision：应为字符串或 null")
    }

    @Test("The composer's inputs are Codable, so a draft can be stored and composed later to the same letter")
    func inputsCodable() throws {
        let facts = LetterFixtures.facts(copyTo: ["某办公室"])
        let details = LetterFixtures.details
        let storedFacts = try JSONDecoder().decode(LetterFacts.self, from: JSONEncoder().encode(facts))
        let storedDetails = try JSONDecoder().decode(ReplyDetails.self, from: JSONEncoder().encode(details))
        #expect(storedFacts == facts && storedDetails == details)
        #expect(try LetterComposer.reply(.separated, details: storedDetails, facts: storedFacts)
            == LetterComposer.reply(.separated, details: details, facts: facts))
        let party = ConsultationParticulars(party: .thirdParty(isOrganization: true), addressee: "某公司", reason: "涉及商业秘密")
        #expect(try JSONDecoder().decode(ConsultationParticulars.self, from: JSONEncoder().encode(party)) == party)
    }
}
