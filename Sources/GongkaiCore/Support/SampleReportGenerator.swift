import Foundation

/// Generates synthetic, internally consistent annual reports of either template: for benchmarks,
/// round-trip property tests and demonstrations. Every identity of table 3 and table 4 holds.
public struct SampleReportGenerator: Sendable {
    var random: SeededGenerator

    public init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    static let places = ["江东", "河西", "城南", "高新", "临江", "青山", "白沙", "龙泉", "望海", "石桥", "云岭", "金川"]
    static let offices = ["区人民政府", "县人民政府", "市教育局", "区财政局", "县自然资源局", "市生态环境局", "区卫生健康委员会", "县交通运输局", "区民政局", "市市场监督管理局", "区人民政府办公室", "县司法局"]
    static let sentences = [
        "坚持以公开为常态、不公开为例外，持续深化政务公开工作",
        "严格落实信息发布审核制度，做到先审后发",
        "依托政府门户网站和政务新媒体及时发布各类政府信息",
        "进一步规范依申请公开办理流程，提高答复质量",
        "加强政策解读，提升解读材料的针对性和可读性",
        "定期开展栏目检查，及时整改发现的问题",
        "组织业务培训，提高工作人员业务水平",
        "完善考核评议机制，将政务公开纳入年度考核",
    ]

    /// A report of `template` on `year` (a year that suits the template when `nil`).
    public mutating func report(template: TemplateVersion? = nil, year: Int? = nil) -> Report {
        let template = template ?? (Bool.random(using: &random) ? .v2019 : .v2021)
        let year = year ?? (template == .v2019 ? Int.random(in: 2019...2020, using: &random) : Int.random(in: 2021...2025, using: &random))
        let agency = Self.places.randomElement(using: &random)! + Self.offices.randomElement(using: &random)!
        var report = Report.skeleton(template: template, year: year, agency: agency)
        report.proactive = proactive(template)
        report.requests = requests(template)
        report.review = review()
        report.sections = Templates.sections.map { section in
            ReportSection(number: section.number, heading: section.heading, text: text(for: section.number, report: report))
        }
        return report
    }

    private mutating func count(_ upper: Int) -> Int {
        // Most cells of real reports are small; a few are large.
        let roll = Int.random(in: 0..<10, using: &random)
        if roll < 4 { return 0 }
        if roll < 9 { return Int.random(in: 0...max(upper / 10, 1), using: &random) }
        return Int.random(in: 0...upper, using: &random)
    }

    private mutating func proactive(_ template: TemplateVersion) -> ReportTable {
        var table = ReportTable(layout: Templates.layout(.proactive, template))
        for (index, row) in table.layout.rows.enumerated() {
            for (column, definition) in row.columns.enumerated() {
                switch definition.kind {
                case .count: table[row: index, column: column] = .integer(count(5000))
                case .signedCount: table[row: index, column: column] = .integer(Int.random(in: -20...20, using: &random))
                case .amount:
                    let cents = Int.random(in: 0...50_000_000, using: &random)
                    table[row: index, column: column] = .decimal(Decimal(cents) / 100)
                }
            }
        }
        return table
    }

    private mutating func requests(_ template: TemplateVersion) -> ReportTable {
        var table = ReportTable(layout: Templates.layout(.requests, template))
        let layout = table.layout
        let total = Templates.requestsTotalColumn
        let results = layout.rows.indices.filter {
            layout.rows[$0].key != Templates.Row.total && layout.rows[$0].groups.first == Templates.resultsGroup
        }
        var columnTotals = [Int](repeating: 0, count: layout.rows.count)
        for column in 0..<total {
            let received = column == 0 ? count(3000) : count(60)
            let carried = count(received / 10 + 1)
            var remaining = received + carried
            let forward = Int.random(in: 0...(remaining / 8), using: &random)
            remaining -= forward
            var perRow = [Int](repeating: 0, count: layout.rows.count)
            while remaining > 0 {
                let chunk = Int.random(in: 1...max(1, remaining / 3 + 1), using: &random)
                let amount = min(chunk, remaining)
                // Favour the common outcomes: granted, partially granted, not held.
                let row = Int.random(in: 0..<4, using: &random) == 0
                    ? results.randomElement(using: &random)! : results[[0, 1, 10].randomElement(using: &random)!]
                perRow[row] += amount
                remaining -= amount
            }
            perRow[layout.index(of: Templates.Row.newReceived)!] = received
            perRow[layout.index(of: Templates.Row.carriedOver)!] = carried
            perRow[layout.index(of: Templates.Row.total)!] = results.reduce(0) { $0 + perRow[$1] }
            perRow[layout.index(of: Templates.Row.carriedForward)!] = forward
            for row in layout.rows.indices {
                table[row: row, column: column] = .integer(perRow[row])
                columnTotals[row] += perRow[row]
            }
        }
        for row in layout.rows.indices { table[row: row, column: total] = .integer(columnTotals[row]) }
        return table
    }

    private mutating func review() -> ReportTable {
        var table = ReportTable(layout: Templates.layout(.review, .v2019))
        for (index, row) in table.layout.rows.enumerated() {
            var sum = 0
            for column in 0..<Templates.reviewTotalColumn {
                let value = count(40)
                sum += value
                table[row: index, column: column] = .integer(value)
            }
            table[row: index, column: row.columns.count - 1] = .integer(sum)
        }
        return table
    }

    private mutating func text(for section: Int, report: Report) -> String {
        let year = report.year ?? 2024
        switch section {
        case 1:
            let received = report.requests?.integer(Templates.Row.newReceived, Templates.requestsTotalColumn) ?? 0
            let answered = report.requests?.integer(Templates.Row.total, Templates.requestsTotalColumn) ?? 0
            var paragraphs = ["\(year)年，\(report.agency ?? "本机关")认真贯彻落实《中华人民共和国政府信息公开条例》，\(sentence())。"]
            paragraphs.append("（一）主动公开情况。\(sentence())，\(sentence())。")
            paragraphs.append("（二）依申请公开情况。全年共受理政府信息公开申请\(received)件，答复\(answered)件。")
            paragraphs.append("（三）政府信息管理情况。\(sentence())。")
            paragraphs.append("（四）政府信息公开平台建设情况。\(sentence())。")
            paragraphs.append("（五）监督保障情况。\(sentence())。")
            return paragraphs.joined(separator: "\n")
        case 5:
            return "主要问题：\(sentence())的要求还未完全落实。\n改进情况：下一步，\(sentence())。"
        case 6:
            return Bool.random(using: &random) ? "无。" : "\(year)年收取政府信息公开信息处理费\(Int.random(in: 0...5, using: &random) * 100)元。"
        default:
            return ""
        }
    }

    private mutating func sentence() -> String { Self.sentences.randomElement(using: &random)! }
}
