import Testing

@testable import GongkaiCore

/// `check` on the five seeds reports their real defects, and nothing on the clean one.
@Suite("Seed reports' real defects")
struct SeedFindingsTests {
    func findings(_ name: String) throws -> [Finding] {
        Auditor().audit(try ReportReader().read(contentsOf: fixtureURL("seeds/\(name)")))
    }

    @Test("000: blank cells in tables 2 and 3, a missing 采购总金额 cell, no section 六")
    func seed000() throws {
        let found = try findings("000_a7bda0c74bde3af2.txt")
        #expect(found.contains { $0.code == .sectionMissing && $0.location == "sections.6" })
        let blanks = found.filter { $0.code == .cellBlank }.map(\.location)
        #expect(blanks == ["proactive.otherServices", "proactive.coercion", "proactive.procurement.amountWan", "requests.carriedForward"])
        #expect(found.contains { $0.code == .titleIncomplete })
        #expect(!found.contains { [.t3Balance, .t3ResultsTotal, .t3ColumnTotal, .t4Total].contains($0.code) })
    }

    @Test("001: 3、 numbering and a 结转 row without cells")
    func seed001() throws {
        let found = try findings("001_18824da13ecba4ff.txt")
        #expect(found.contains { $0.code == .sectionNumbering && $0.location == "sections.3" && $0.message.contains("“3、”") })
        #expect(found.contains { $0.code == .cellBlank && $0.location == "requests.carriedForward" && $0.message.contains("只有标签") })
        #expect(!found.contains { $0.code == .textTableMismatch })
    }

    @Test("002: tables 3 and 4 replaced by 无, 总体情况 without number, 元 converted")
    func seed002() throws {
        let found = try findings("002_1b003a206c429a04.txt")
        #expect(found.filter { $0.code == .tableMissing }.map(\.location) == ["requests", "review"])
        #expect(found.contains { $0.code == .sectionNumbering && $0.location == "sections.1" })
        #expect(found.contains { $0.code == .amountUnit && $0.message.contains("262.6294 万元") })
    }

    @Test("003: the text gives this year's applications under 2019")
    func seed003() throws {
        let found = try findings("003_5378260b2f002a6c.txt")
        #expect(found.map(\.code) == [.yearMismatch])
        #expect(found.first?.message.contains("2019年，区政府办受理3件依申请公开") == true)
    }

    @Test("004 is clean")
    func seed004() throws {
        #expect(try findings("004_4a845c3325581b0b.txt").isEmpty)
    }
}
