import Testing

@testable import GongkaiCore

/// Offices of the same name exist in every city and county: a report is placed on a roster
/// agency only when the regions its name states are that agency's.
@Suite("AgencyMatcher: the regions a name states must be the agency's")
struct AgencyMatcherRegionTests {
    /// 江东市 with two districts, each with a 政务服务数据管理局 and a government office, and a
    /// district named like one in another province (耀州区 here too).
    static let rosterCSV = """
        机关名称,所属地区,上级地区,类型
        江东市人民政府办公室,江东市,,部门
        江东市政务服务数据管理局,江东市,,部门
        东湖区政务服务数据管理局,东湖区,江东市,部门
        东湖区人民政府办公室,东湖区,江东市,部门
        西山区人民政府,西山区,江东市,政府
        耀州区人民政府办公室,耀州区,江东市,部门
        """

    let matcher: AgencyMatcher

    init() throws {
        matcher = AgencyMatcher(roster: try Roster.readCSV(Array(Self.rosterCSV.utf8), file: "名册.csv").roster)
    }

    @Test("the seed of 铜川市耀州区 is not placed on 江东市's government office, nor on 江东市's own 耀州区")
    func seedFromAnotherCity() throws {
        let parsed = try ReportReader().read(fixtureBytes("seeds/003_5378260b2f002a6c.txt"), name: "003.txt", fileExtension: "txt")
        let name = try #require(parsed.report.agency)
        #expect(name.hasPrefix("铜川市耀州区"), "\(name)")
        let match = matcher.match(name)
        #expect(!match.confidence.isAccepted, "placed on \(match.agency?.rawValue ?? "")")
        // Named in full, the same-named office of 江东市's 耀州区 is a candidate for a person, never placed.
        let full = matcher.match("铜川市耀州区人民政府办公室")
        #expect(full.confidence == .uncertain)
        #expect(full.candidates.first?.agency.rawValue == "耀州区人民政府办公室")
    }

    @Test("a same-named office of a city not on the roster needs a person; another district of the roster rules it out")
    func sameNamedOffices() {
        // Before: “政务服务数据管理局” contained in the name made it probable for 江东市's.
        let elsewhere = matcher.match("铜川市王益区政务服务数据管理局")
        #expect(elsewhere.confidence == .uncertain)
        #expect(Set(elsewhere.candidates.map(\.agency.rawValue)).contains("江东市政务服务数据管理局"))
        // 耀州区 and 西山区 are on the roster without such an office: not 东湖区's, not 江东市's.
        for name in ["铜川市耀州区政务服务数据管理局", "江东市西山区政务服务数据管理局", "西山区政务服务数据管理局"] {
            let match = matcher.match(name)
            #expect(match.confidence == .none && match.agency == nil, "\(name): \(match)")
        }
    }

    @Test("names whose regions agree still match: full, shortened, the region left off")
    func agreeingRegions() {
        #expect(matcher.match("江东市东湖区政务服务数据管理局").agency?.rawValue == "东湖区政务服务数据管理局")
        #expect(matcher.match("江东市东湖区政务服务数据管理局").confidence == .probable)
        #expect(matcher.match("江东市政务服务数据管理局").confidence == .exact)
        #expect(matcher.match("东湖区人民政府办公室").confidence == .exact)
        #expect(matcher.match("江东市东湖区人民政府办公室").confidence == .probable)
        #expect(matcher.match("江东省江东市耀州区人民政府办公室").agency?.rawValue == "耀州区人民政府办公室")
        #expect(matcher.match("江东省江东市耀州区人民政府办公室").confidence == .probable)
    }

    @Test("the regions a name states in front: roster names first, then any place name")
    func namedRegions() {
        let roster = try! Roster.readCSV(Array(Self.rosterCSV.utf8), file: "名册.csv").roster
        var prefixes = Set<String>()
        for region in roster.regions {
            prefixes.insert(region.name)
            if let short = AgencyMatcher.shortRegionName(region.name) { prefixes.insert(short) }
        }
        let names = RegionPrefixes(known: prefixes, prefixes: Dictionary(grouping: prefixes.sorted { $0.count > $1.count }) { $0.first! })
        #expect(names.named(in: "陕西省铜川市耀州区政府办公室") == ["陕西省", "铜川市", "耀州区"])
        #expect(names.named(in: "江东市东湖区教育局") == ["江东市", "东湖区"])
        #expect(names.named(in: "江东市市场监督管理局") == ["江东市"])
        #expect(names.named(in: "江东市城市管理局") == ["江东市"])
        #expect(names.named(in: "区教科体局").isEmpty)
        #expect(names.named(in: "江东省江东市耀州区政府办公室") == ["江东省", "江东市", "耀州区"])
    }
}
