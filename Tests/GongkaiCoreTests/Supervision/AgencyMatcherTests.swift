import Testing

@testable import GongkaiCore

/// Matching the agency a report names to the roster, with a confidence a screen can act on.
@Suite("AgencyMatcher: exact, probable, uncertain, none")
struct AgencyMatcherTests {
    let matcher: AgencyMatcher
    let roster: Roster

    init() throws {
        roster = try SupervisionFixtures.roster()
        matcher = AgencyMatcher(roster: roster)
    }

    func expect(
        _ name: String?, _ agency: String?, _ confidence: MatchConfidence,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let match = matcher.match(name)
        #expect(match.agency?.rawValue == agency, sourceLocation: sourceLocation)
        #expect(match.confidence == confidence, sourceLocation: sourceLocation)
    }

    @Test("The same name, spaced, in full-width, with 人民政府 shortened or an alias, is exact")
    func exact() {
        expect("江东市教育局", "江东市教育局", .exact)
        expect("江东市 教育局 ", "江东市教育局", .exact)
        expect("江东市政府", "江东市人民政府", .exact)
        expect("江东市财政局（市国资委）", "江东市财政局", .exact)
        expect("市教委", "江东市教育局", .exact)
    }

    @Test("The name with a region added or left off in front is probable when only one agency fits")
    func probable() {
        expect("江东市河西区教育局", "河西区教育局", .probable)
        expect("王益区教育科技体育局", "铜川市王益区教育科技体育局", .probable)
        expect("江东市城南区人民政府", "城南区人民政府", .probable)
    }

    @Test("A near-identical name is probable; its similarity is given")
    func nearlyTheSame() {
        let match = matcher.match("江东市民政局办公室")
        #expect(match.agency == AgencyID("江东市民政局"))
        #expect(match.confidence == .probable)
        #expect(match.candidates.first.map { $0.score >= 0.85 } == true)
    }

    @Test("An abbreviation, a bare 教育局 and a district not on the roster need a person to confirm")
    func uncertain() {
        expect("区教科体局", "铜川市王益区教育科技体育局", .uncertain)
        let bare = matcher.match("教育局")
        #expect(bare.confidence == .uncertain)
        #expect(Set(bare.candidates.map(\.agency.rawValue)) == ["江东市教育局", "城南区教育局", "河西区教育局"])
        let other = matcher.match("河东区教育局")
        #expect(other.confidence == .uncertain)
        #expect(other.candidates.count >= 2)
    }

    @Test("A name of no roster agency, or none at all, matches nothing")
    func none() {
        expect("某某县卫生健康委员会", nil, .none)
        expect(nil, nil, .none)
        expect("局", nil, .none)
    }
}
