import Foundation
import Testing

@testable import GongkaiCore

/// The roster CSV: columns by their Chinese headings, regions nested, defaults, and every
/// problem reported with its line.
@Suite("Roster CSV: columns, nesting, defaults and line-numbered errors")
struct RosterCSVTests {
    static let region = """
        机关名称,所属地区,上级地区,类型,上级单位,别名,含下级汇总,发布日期
        江东省人民政府,江东省,,政府,,,,
        江东市人民政府,江东市,江东省,政府,,,是,2026-03-20
        江东市教育局,江东市,,部门,,江东市教委、市教育局,,2026年1月20日
        江东市财政局,江东市,,,,,,
        城南区人民政府,城南区,江东市,政府,江东市人民政府,,,
        城南区民政局,城南区,,部门,,,,2026/2/3
        """

    func roster(_ text: String) throws(RosterError) -> RosterFile {
        try Roster.readCSV(Array(text.utf8), file: "名册.csv")
    }

    @Test("Regions nest 省 › 市 › 区 with their levels; agencies keep roster order")
    func regions() throws {
        let file = try roster(Self.region)
        let roster = file.roster
        #expect(roster.regions.map(\.id.rawValue) == ["江东省", "江东省/江东市", "江东省/江东市/城南区"])
        #expect(roster.regions.map(\.level) == [.province, .city, .county])
        #expect(roster.path(of: RegionID(rawValue: "江东省/江东市/城南区")) == "江东省 › 江东市 › 城南区")
        #expect(roster.agencies.map(\.name).first == "江东省人民政府")
        #expect(roster.agencies(within: RegionID(rawValue: "江东省/江东市")).count == 5)
        #expect(roster.agencies(within: RegionID(rawValue: "江东省/江东市/城南区")).map(\.name) == ["城南区人民政府", "城南区民政局"])
    }

    @Test("类型 is read or inferred; departments belong to their region's government; 含下级汇总 and aliases are kept")
    func defaults() throws {
        let roster = try roster(Self.region).roster
        let finance = try #require(roster.agency(AgencyID("江东市财政局")))
        #expect(finance.kind == .department)  // blank 类型, name not a government
        #expect(roster.parentUnit(of: finance.id) == AgencyID("江东市人民政府"))
        #expect(roster.parentUnit(of: AgencyID("城南区民政局")) == AgencyID("城南区人民政府"))
        #expect(roster.parentUnit(of: AgencyID("城南区人民政府")) == AgencyID("江东市人民政府"))
        #expect(roster.subordinates(of: AgencyID("江东市人民政府")).map(\.name) == ["江东市教育局", "江东市财政局", "城南区人民政府"])
        #expect(roster.agency(AgencyID("江东市人民政府"))?.reportsRegionWide == true)
        #expect(roster.agency(AgencyID("江东市教育局"))?.aliases == ["江东市教委", "市教育局"])
    }

    @Test("发布日期 accepts 2026-03-20, 2026年1月20日 and 2026/2/3")
    func dates() throws {
        let dates = try roster(Self.region).publicationDates
        #expect(dates[AgencyID("江东市人民政府")] == CivilDate(year: 2026, month: 3, day: 20))
        #expect(dates[AgencyID("江东市教育局")] == CivilDate(year: 2026, month: 1, day: 20))
        #expect(dates[AgencyID("城南区民政局")] == CivilDate(year: 2026, month: 2, day: 3))
        #expect(dates.count == 3)
    }

    @Test("A GBK file with a BOM-less header in another order and an unknown column reads the same")
    func gbkAndOrder() throws {
        let text = "所属地区,备注,机关名称\r\n河西县,无,河西县人民政府\r\n河西县,,河西县公安局\r\n"
        let bytes = try #require(TextDecoding.encodeGB18030ForTesting(text))
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let file = try Roster.readCSV(bytes, file: "gbk.csv")
        #expect(file.roster.agencies.map(\.name) == ["河西县人民政府", "河西县公安局"])
        #expect(file.roster.agencies[0].kind == .government)
        #expect(file.notes == ["未使用的列：备注"])
    }

    @Test("Every problem comes back at once, with its line and what to change")
    func problems() {
        let text = """
            机关名称,所属地区,上级地区,类型,上级单位,含下级汇总,发布日期

            甲局,甲市,,部门,,,
            ,甲市,,部门,,,
            甲 局,甲市,,,,,
            乙局,,,部门,,,
            丙局,甲市,,机构,,,
            丁局,甲市,,部门,戊局,,
            己局,甲市,,部门,,是,
            庚局,甲市,,部门,,,2026-02-30
            辛区政府,辛区,乙市,政府,,,
            壬局,辛区,丙市,部门,,,
            """
        #expect {
            _ = try roster(text)
        } throws: { error in
            let problems = (error as! RosterError).problems.map(\.description)
            return problems == [
                "第4行：“机关名称”为空",
                "第5行：机关“甲 局”与第3行重复",
                "第6行：机关“乙局”没有填写“所属地区”",
                "第7行：“类型”应为“政府”或“部门”，而不是“机构”",
                "第8行：上级单位“戊局”不在名册中；请先列出该单位，或留空",
                "第9行：只有政府的报告可以“含下级汇总”；“己局”的类型为部门",
                "第10行：“发布日期”“2026-02-30”不是有效日期，应写作 2026-01-20 或 2026年1月20日",
                "第12行：地区“辛区”的上级地区写作“丙市”，与第11行的“乙市”不一致；同一名册中地区名称应唯一",
            ]
        }
    }

    @Test("A missing required column is named with the header as read")
    func missingColumn() {
        #expect {
            _ = try roster("单位名称,类型\n甲局,部门\n")
        } throws: { error in
            (error as! RosterError).description
                == "名册 名册.csv有 1 处问题，请改正后重试：\n  第1行：表头中找不到“所属地区”列；表头为：单位名称 | 类型"
        }
    }

    @Test("Units that end up above themselves are refused with their lines")
    func cycles() {
        let text = "机关名称,所属地区,类型,上级单位\n甲局,甲市,部门,乙局\n乙局,甲市,部门,甲局\n"
        #expect {
            _ = try roster(text)
        } throws: { error in
            (error as! RosterError).problems.map(\.description) == [
                "第2行：机关“甲局”的上级单位最终指回它自己，请检查“上级单位”列",
                "第3行：机关“乙局”的上级单位最终指回它自己，请检查“上级单位”列",
            ]
        }
    }

    @Test("An empty file and a header alone are refused")
    func empty() {
        #expect(throws: RosterError.self) { try roster("") }
        #expect {
            _ = try roster("机关名称,所属地区\n")
        } throws: { error in (error as! RosterError).problems.map(\.message) == ["名册中没有任何机关"] }
    }
}
