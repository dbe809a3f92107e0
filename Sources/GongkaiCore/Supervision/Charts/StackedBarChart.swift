/// Horizontal bars, one per category, each stacked from its series' values; a single series
/// makes a plain bar chart.
public struct StackedBarChart: Sendable {
    public var id: String
    public var title: String
    /// A sentence or two for screen readers beyond the title.
    public var summary: String
    /// The series' names (the legend), in stacking order.
    public var series: [String]
    /// The bars: a label and one value per series (`nil` where there is none).
    public var bars: [(label: String, values: [Int?])]
    /// The unit after numbers: "件".
    public var unit: String

    public init(
        id: String, title: String, summary: String, series: [String], bars: [(label: String, values: [Int?])],
        unit: String
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.series = series
        self.bars = bars
        self.unit = unit
    }

    /// The total of a bar (its values present).
    public static func total(_ values: [Int?]) -> Int { values.reduce(0) { $0 + ($1 ?? 0) } }

    /// The chart as an SVG document.
    public var svg: String {
        let labelWidth = 220
        let plotWidth = 480
        let rowHeight = 22
        let legendRows = series.count > 1 ? (series.count + 3) / 4 : 0
        let top = 44 + legendRows * 20
        let width = labelWidth + plotWidth + 90
        let height = top + max(bars.count, 1) * rowHeight + 36
        let axis = SVGChart.axis(bars.map { Self.total($0.values) }.max() ?? 0)
        let scale = Double(plotWidth) / Double(axis.maximum)
        var description = summary
        if bars.isEmpty { description += "（没有数据）" }
        return SVGChart.document(id: id, width: width, height: height, title: title, description: description) { xml in
            if series.count > 1 {
                for (index, name) in series.enumerated() {
                    let x = 16 + index % 4 * 180
                    let y = 36 + index / 4 * 20
                    xml.empty(
                        "rect",
                        [
                            ("x", "\(x)"), ("y", "\(y)"), ("width", "12"), ("height", "12"),
                            ("fill", SVGChart.palette[index % SVGChart.palette.count]),
                        ])
                    xml.element("text", [("x", "\(x + 18)"), ("y", "\(y + 11)")], text: name)
                }
            }
            // Grid lines and their numbers.
            var tick = 0
            while tick <= axis.maximum {
                let x = SVGChart.number(Double(labelWidth) + Double(tick) * scale)
                let bottom = top + bars.count * rowHeight
                xml.empty(
                    "line", [("x1", x), ("y1", "\(top - 4)"), ("x2", x), ("y2", "\(bottom)"), ("stroke", "#dddddd")])
                xml.element(
                    "text", [("x", x), ("y", "\(bottom + 16)"), ("text-anchor", "middle"), ("fill", "#555555")],
                    text: SVGChart.grouped(tick))
                tick += axis.step
            }
            for (row, bar) in bars.enumerated() {
                let y = top + row * rowHeight
                xml.element("g", [("data-label", bar.label), ("data-total", "\(Self.total(bar.values))")]) { xml in
                    xml.element(
                        "text", [("x", "\(labelWidth - 8)"), ("y", "\(y + 15)"), ("text-anchor", "end")]
                    ) { xml in
                        xml.element("title", text: bar.label)
                        xml.characters(SVGChart.clipped(bar.label, 16))
                    }
                    var offset = 0
                    for (index, value) in bar.values.enumerated() {
                        guard let value, value > 0 else { continue }
                        let name = series.indices.contains(index) ? series[index] : ""
                        xml.element(
                            "rect",
                            [
                                ("x", SVGChart.number(Double(labelWidth) + Double(offset) * scale)), ("y", "\(y + 3)"),
                                ("width", SVGChart.number(Double(value) * scale)), ("height", "\(rowHeight - 6)"),
                                ("fill", SVGChart.palette[index % SVGChart.palette.count]), ("data-series", name),
                                ("data-value", "\(value)"),
                            ]
                        ) { xml in
                            xml.element(
                                "title",
                                text:
                                    "\(bar.label) · \(name.isEmpty ? "" : name + "：")\(SVGChart.grouped(value))\(unit)")
                        }
                        offset += value
                    }
                    xml.element(
                        "text",
                        [
                            ("x", SVGChart.number(Double(labelWidth) + Double(offset) * scale + 6)), ("y", "\(y + 15)"),
                            ("fill", "#333333"),
                        ],
                        text: SVGChart.grouped(Self.total(bar.values)))
                }
            }
        }
    }
}
