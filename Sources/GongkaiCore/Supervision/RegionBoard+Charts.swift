/// The board's charts as SVG documents.
public struct BoardCharts: Sendable {
    /// Requests by result across agencies (stacked bars; the largest agencies, the rest in one bar).
    public let requestsByResult: String
    /// The region's new requests, reconsiderations and lawsuits over the years among the reports.
    public let trend: String
    /// Error findings by rule across the region's reports of the year.
    public let errorsByRule: String

    /// The charts with file names for writing them out.
    public var named: [(name: String, svg: String)] {
        [("申请办理结果.svg", requestsByResult), ("历年趋势.svg", trend), ("错误按规则.svg", errorsByRule)]
    }
}

extension RegionBoard {
    /// The results of table 3 in chart order: short names and the row keys each adds up.
    static func resultGroups(_ layout: TableLayout) -> [(name: String, rows: [RowKey])] {
        var groups: [(name: String, rows: [RowKey])] = []
        for row in layout.rows where row.groups.first == Templates.resultsGroup && row.key != Templates.Row.total {
            let label = row.groups.count > 1 ? row.groups[1] : row.label
            var name = Substring(label)
            if name.hasPrefix("（"), let end = name.firstIndex(of: "）") { name = name[name.index(after: end)...] }
            if let open = name.firstIndex(of: "（") { name = name[..<open] }
            if let index = groups.firstIndex(where: { $0.name == String(name) }) {
                groups[index].rows.append(row.key)
            } else {
                groups.append((String(name), [row.key]))
            }
        }
        return groups
    }

    /// The three charts; at most `maximumBars` agencies get a bar of their own.
    public func charts(maximumBars: Int = 30) -> BoardCharts {
        BoardCharts(
            requestsByResult: requestsChart(maximumBars: maximumBars).svg, trend: trendChart().svg,
            errorsByRule: errorsChart().svg)
    }

    func requestsChart(maximumBars: Int) -> StackedBarChart {
        let layout = Templates.layout(.requests, aggregate.template)
        let groups = Self.resultGroups(layout)
        let total = Templates.requestsTotalColumn
        var bars: [(label: String, values: [Int?])] = []
        for agency in aggregate.members {
            guard let table = aggregate.report(of: agency)?.requests else { continue }
            let values = groups.map { group -> Int? in
                let cells = group.rows.compactMap { table.integer($0, total) }
                return cells.isEmpty ? nil : cells.reduce(0, +)
            }
            bars.append((roster.agency(agency)?.name ?? agency.rawValue, values))
        }
        bars.sort { StackedBarChart.total($0.values) > StackedBarChart.total($1.values) }
        if bars.count > maximumBars {
            let rest = bars[(maximumBars - 1)...]
            let merged = groups.indices.map { index -> Int? in
                let values = rest.compactMap { $0.values[index] }
                return values.isEmpty ? nil : values.reduce(0, +)
            }
            bars = Array(bars.prefix(maximumBars - 1)) + [("其余\(rest.count)个机关", merged)]
        }
        let sum = bars.reduce(0) { $0 + StackedBarChart.total($1.values) }
        return StackedBarChart(
            id: "requests-by-result", title: "\(year)年度各机关政府信息公开申请办理结果",
            summary:
                "\(aggregate.members.count)个机关的报告表三“总计”列，按办理结果分段；共\(SVGChart.grouped(sum))件。空白单元格不计入。",
            series: groups.map(\.name), bars: bars, unit: "件")
    }

    func trendChart() -> LineChart {
        let labels = trend.map { "\($0.year)" }
        let series: [(name: String, values: [Int?])] = [
            ("新收申请", trend.map { $0.newRequests.sum?.integerValue }),
            ("行政复议", trend.map { $0.reconsiderations.sum?.integerValue }),
            ("行政诉讼", trend.map { $0.lawsuits.sum?.integerValue }),
        ]
        let words = trend.map { totals in
            "\(totals.year)年（\(totals.reports)份报告）新收申请\(totals.newRequests.sum.map { "\($0)" } ?? "—")件、行政复议\(totals.reconsiderations.sum.map { "\($0)" } ?? "—")件、行政诉讼\(totals.lawsuits.sum.map { "\($0)" } ?? "—")件"
        }
        return LineChart(
            id: "trend", title: "历年依申请公开与复议诉讼情况",
            summary: words.isEmpty ? "没有报告。" : words.joined(separator: "；") + "。", labels: labels, series: series,
            unit: "件")
    }

    func errorsChart() -> StackedBarChart {
        var counts: [RuleCode: Int] = [:]
        for status in agencies {
            for finding in status.findings where finding.severity == .error { counts[finding.code, default: 0] += 1 }
        }
        let bars = RuleCode.ordered(counts.keys).map { code in
            (label: "\(code.title)（\(code.rawValue)）", values: [Optional(counts[code]!)])
        }
        let total = counts.values.reduce(0, +)
        return StackedBarChart(
            id: "errors-by-rule", title: "\(year)年度错误级问题按规则统计",
            summary: "\(agencies.count)个机关的报告共有错误级问题\(total)条，按规则代码分列。", series: ["错误"], bars: bars,
            unit: "条")
    }
}
