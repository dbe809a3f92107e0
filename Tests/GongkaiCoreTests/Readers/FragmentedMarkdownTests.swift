import Foundation
import Testing

@testable import GongkaiCore

/// Markdown as PDF-to-Markdown converters write it: tables broken into small tables under
/// placeholder headers (数据1…数据7), table 3's row labels set as prose above their numbers,
/// header cells scrambled, and every section heading numbered "一、".
@Suite("Fragmented Markdown reads back as the report")
struct FragmentedMarkdownTests {
    /// `report` rendered as Markdown, then broken up the way converters break it.
    static func fragmented(_ report: Report) -> String {
        var section = 0
        var blocks: [String] = []
        for block in MarkdownRenderer.render(report).components(separatedBy: "\n\n") {
            if block.hasPrefix("## ") {
                section = SectionHeading.match(block.dropFirst(3))?.number ?? section
                // Converters number every heading alike: "一、" before each section name.
                let name = block.dropFirst(3).drop { "一二三四五六、".contains($0) }
                blocks.append("## 一、" + name)
            } else if block.hasPrefix("| ") {
                blocks += fragments(of: block, section: section)
            } else {
                blocks.append(block)
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The pieces a converter makes of one pipe table under section `section`.
    static func fragments(of table: String, section: Int) -> [String] {
        let rows = table.split(separator: "\n").filter { !$0.hasPrefix("| ---") && !$0.hasPrefix("|---") }
            .map { line in line.dropFirst(2).dropLast(2).components(separatedBy: " | ") }
        let width = rows[0].count
        let placeholder = "| " + (1...width).map { "数据\($0)" }.joined(separator: " | ") + " |\n|"
            + String(repeating: " --- |", count: width)
        func pipe(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        switch section {
        case 3:
            // Table 3: the header under placeholders, then each row's label as a line of prose
            // and its numbers alone in a table of their own.
            var pieces: [String] = []
            var header: [String] = []
            for row in rows {
                let values = Array(row.suffix(7))
                let labels = row.dropLast(7).filter { !$0.isEmpty }
                guard !labels.isEmpty, values.allSatisfy(CellText.isValueLike) else {
                    header.append(pipe(row))
                    continue
                }
                if !header.isEmpty {
                    pieces.append(placeholder + "\n" + header.joined(separator: "\n"))
                    header = []
                }
                var distinct: [String] = []
                for label in labels where distinct.last != label { distinct.append(label) }
                pieces.append(distinct.joined(separator: " "))
                pieces.append(Self.placeholder(7) + "\n" + pipe(values))
            }
            return pieces
        case 4:
            // Table 4: the header cells of its second row in another order.
            var scrambled = rows
            if scrambled.count > 1 { scrambled[1].reverse() }
            return [placeholder + "\n" + scrambled.map(pipe).joined(separator: "\n")]
        default:
            // Table 2: split in two, each half under placeholders.
            let half = rows.count / 2
            return [rows[..<half], rows[half...]].filter { !$0.isEmpty }.map { part in
                placeholder + "\n" + part.map(pipe).joined(separator: "\n")
            }
        }
    }

    static func placeholder(_ width: Int) -> String {
        "| " + (1...width).map { "数据\($0)" }.joined(separator: " | ") + " |\n|" + String(repeating: " --- |", count: width)
    }

    @Test("The seeds and 300 generated reports, fragmented, read back exactly")
    func corpus() throws {
        let reports = try RenderTestSupport.seeds().map(\.report) + RoundTripPropertyTests.corpus.prefix(300)
        var failures: [Int] = []
        for (index, report) in reports.enumerated() {
            let markdown = Self.fragmented(report)
            let back = try RenderTestSupport.reader.read(Array(markdown.utf8), name: "\(index).md", fileExtension: "md")
            guard back.report != report else { continue }
            failures.append(index)
            if failures.count <= 3 {
                Issue.record("report \(index):\n\(RenderTestSupport.difference(report, back.report))\n\(markdown.prefix(3000))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(reports.count) fragmented reports changed")
    }

    @Test("A placeholder header and detached labels: the labels rejoin their numbers, in order")
    func detachedLabels() {
        let markdown = """
            ## 三、收到和处理政府信息公开申请情况

            | 数据1 | 数据2 | 数据3 |
            | --- | --- | --- |
            | 自然人 | 商业企业 | 总计 |

            一、本年新收政府信息公开申请数量

            | 数据1 | 数据2 | 数据3 |
            | --- | --- | --- |
            | 5 | 1 | 6 |

            （二）部分公开（区分处理的，只计这一情形，不计其他情形）

            行政许可

            | 列1 | 列2 |
            | --- | --- |
            | 2 | 0 |
            | 3 | 1 |

            本年度没有收到申请。
            """
        let blocks = MarkdownReader.read(markdown).blocks
        #expect(
            blocks == [
                .paragraph("三、收到和处理政府信息公开申请情况"),
                .table(SourceTable(rows: [["自然人", "商业企业", "总计"]])),
                .table(SourceTable(rows: [["一、本年新收政府信息公开申请数量", "5", "1", "6"]])),
                .table(
                    SourceTable(rows: [
                        ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "2", "0"], ["行政许可", "3", "1"],
                    ])),
                .paragraph("本年度没有收到申请。"),
            ])
    }

    @Test("Prose that is no row label, and a table of numbers after ordinary prose, stay as written")
    func ordinaryProse() {
        let markdown = """
            本机关全年收到申请如下。

            | 数据1 | 数据2 |
            | --- | --- |
            | 5 | 6 |
            """
        #expect(
            MarkdownReader.read(markdown).blocks == [
                .paragraph("本机关全年收到申请如下。"), .table(SourceTable(rows: [["5", "6"]])),
            ])
        #expect(MarkdownFragments.isPlaceholderRow(["数据1", "", "Column 2", "col3"]))
        #expect(!MarkdownFragments.isPlaceholderRow(["数据", "1"]))
        #expect(!MarkdownFragments.isPlaceholderRow(["", ""]))
    }
}
