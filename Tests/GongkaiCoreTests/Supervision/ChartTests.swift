import Foundation
import Testing

@testable import GongkaiCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The charts parse as XML, carry their title and description, escape their text, and draw the
/// board's numbers.
@Suite("SVG charts")
struct ChartTests {
    /// Every element of an SVG document with its attributes, and the text of its titles.
    final class Elements: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var titles: [String] = []
        private var text = ""
        private var inTitle = false

        init(_ svg: String) throws {
            super.init()
            let parser = XMLParser(data: Data(svg.utf8))
            parser.delegate = self
            guard parser.parse() else {
                throw XMLCheck.Malformed(description: "\(parser.parserError.map { "\($0)" } ?? "?")")
            }
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            elements.append((name, attributes))
            if name == "title" {
                inTitle = true
                text = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if inTitle { text += string } }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" {
                titles.append(text)
                inTitle = false
            }
        }

        func all(_ name: String) -> [[String: String]] { elements.filter { $0.name == name }.map(\.attributes) }
    }

    var board: RegionBoard {
        let roster = try! SupervisionFixtures.roster()
        var reports = [("江东市教育局", 7), ("江东市财政局", 4), ("城南区教育局", 12)].map { name, received in
            CollectedReport(
                SupervisionFixtures.checked(SupervisionFixtures.report(name, received: received), file: name))
        }
        var broken = SupervisionFixtures.report("河西区教育局", received: 3)
        broken.requests![Templates.Row.total, 0] = .integer(9)  // T3_BALANCE and friends
        reports.append(CollectedReport(SupervisionFixtures.checked(broken, file: "broken")))
        reports.append(
            CollectedReport(
                SupervisionFixtures.checked(SupervisionFixtures.report("江东市教育局", year: 2024, received: 2), file: "old"))
        )
        return RegionBoard(roster: roster, reports: reports, year: 2025, asOf: "2026-04-10")
    }

    @Test("Requests by result: one bar per agency, segments equal to table 3's 总计 column by result")
    func requests() throws {
        let board = board
        let svg = try Elements(board.charts().requestsByResult)
        let root = try #require(svg.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "requests-by-result-title requests-by-result-desc")
        #expect(root.attributes["font-family"]?.hasPrefix("'Noto Sans CJK SC'") == true)
        #expect(svg.titles.first == "2025年度各机关政府信息公开申请办理结果")
        let bars = svg.all("g")
        #expect(bars.map { $0["data-label"] } == ["城南区教育局", "江东市教育局", "江东市财政局", "河西区教育局"])
        // 城南区教育局: 12 received, 1 carried forward → 10 granted + 1 not held.
        let segments = svg.all("rect").filter { $0["data-value"] != nil }
        let first = Array(segments.prefix(2))
        #expect(first.map { $0["data-series"] } == ["予以公开", "无法提供"])
        #expect(first.map { $0["data-value"] } == ["10", "1"])
        #expect(bars.first?["data-total"] == "11")
        #expect(
            Set(segments.compactMap { $0["data-series"] }).isSubset(of: [
                "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理",
            ]))
    }

    @Test("The trend draws a point per year with the region's totals")
    func trend() throws {
        let svg = try Elements(board.charts().trend)
        let points = svg.all("circle")
        let newRequests = Array(points.prefix(2))
        #expect(newRequests.map { $0["data-label"] } == ["2024", "2025"])
        #expect(newRequests.map { $0["data-value"] } == ["2", "26"])
        #expect(svg.all("polyline").count == 3)
        #expect(svg.titles.contains("2025 · 新收申请：26件"))
    }

    @Test("Error findings by rule: one bar per rule with its count")
    func errors() throws {
        let board = board
        let svg = try Elements(board.charts().errorsByRule)
        var expected: [String: Int] = [:]
        for line in board.agencies {
            for finding in line.findings where finding.severity == .error {
                expected["\(finding.code.title)（\(finding.code.rawValue)）", default: 0] += 1
            }
        }
        #expect(!expected.isEmpty)
        let bars = svg.all("g")
        #expect(Dictionary(uniqueKeysWithValues: bars.map { ($0["data-label"]!, Int($0["data-total"]!)!) }) == expected)
    }

    @Test("Names with markup characters are escaped; a long name is clipped but kept whole in its title")
    func escaping() throws {
        let name = "A&B<局>“测试”" + String(repeating: "很长", count: 12)
        let chart = StackedBarChart(
            id: "x", title: "标题 & <说明>", summary: "描述", series: ["甲", "乙"], bars: [(name, [3, nil])], unit: "件")
        let svg = try Elements(chart.svg)
        #expect(svg.titles.contains(name))
        #expect(svg.titles.first == "标题 & <说明>")
        #expect(svg.all("rect").filter { $0["data-value"] != nil }.map { $0["data-value"] } == ["3"])
    }

    @Test("An empty board still draws valid charts")
    func empty() throws {
        let roster = try SupervisionFixtures.roster()
        let charts = RegionBoard(roster: roster, reports: [], year: 2025, asOf: "2026-04-10").charts()
        for (_, svg) in charts.named { _ = try Elements(svg) }
    }
}
