/// Lines over a row of labels (years), one per series; a missing value breaks its line.
public struct LineChart: Sendable {
    public var id: String
    public var title: String
    public var summary: String
    /// The labels along the bottom: "2023", "2024", "2025".
    public var labels: [String]
    /// The series: a name and one value per label (`nil` where there is none).
    public var series: [(name: String, values: [Int?])]
    public var unit: String

    public init(
        id: String, title: String, summary: String, labels: [String], series: [(name: String, values: [Int?])],
        unit: String
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.labels = labels
        self.series = series
        self.unit = unit
    }

    /// The chart as an SVG document.
    public var svg: String {
        let left = 70
        let top = 64
        let plotWidth = 560
        let plotHeight = 240
        let width = left + plotWidth + 40
        let height = top + plotHeight + 40
        let axis = SVGChart.axis(series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0)
        let step = labels.count > 1 ? Double(plotWidth) / Double(labels.count - 1) : 0
        func x(_ index: Int) -> Double {
            Double(left) + (labels.count > 1 ? Double(index) * step : Double(plotWidth) / 2)
        }
        func y(_ value: Int) -> Double {
            Double(top + plotHeight) - Double(value) * Double(plotHeight) / Double(axis.maximum)
        }
        return SVGChart.document(id: id, width: width, height: height, title: title, description: summary) { xml in
            for (index, entry) in series.enumerated() {
                let lx = 16 + index * 150
                xml.empty(
                    "rect",
                    [
                        ("x", "\(lx)"), ("y", "36"), ("width", "12"), ("height", "12"),
                        ("fill", SVGChart.palette[index % SVGChart.palette.count]),
                    ])
                xml.element("text", [("x", "\(lx + 18)"), ("y", "47")], text: entry.name)
            }
            var tick = 0
            while tick <= axis.maximum {
                let ty = SVGChart.number(y(tick))
                xml.empty(
                    "line",
                    [("x1", "\(left)"), ("y1", ty), ("x2", "\(left + plotWidth)"), ("y2", ty), ("stroke", "#dddddd")])
                xml.element(
                    "text",
                    [("x", "\(left - 8)"), ("y", ty), ("text-anchor", "end"), ("dy", "4"), ("fill", "#555555")],
                    text: SVGChart.grouped(tick))
                tick += axis.step
            }
            for (index, label) in labels.enumerated() {
                xml.element(
                    "text",
                    [("x", SVGChart.number(x(index))), ("y", "\(top + plotHeight + 20)"), ("text-anchor", "middle")],
                    text: label)
            }
            for (index, entry) in series.enumerated() {
                let colour = SVGChart.palette[index % SVGChart.palette.count]
                xml.element("g", [("data-series", entry.name)]) { xml in
                    // One polyline per unbroken run of values.
                    var run: [String] = []
                    func flush(_ xml: inout XMLWriter) {
                        if run.count > 1 {
                            xml.empty(
                                "polyline",
                                [
                                    ("points", run.joined(separator: " ")), ("fill", "none"), ("stroke", colour),
                                    ("stroke-width", "2"),
                                ])
                        }
                        run = []
                    }
                    for (position, value) in entry.values.enumerated() {
                        guard let value else {
                            flush(&xml)
                            continue
                        }
                        run.append("\(SVGChart.number(x(position))),\(SVGChart.number(y(value)))")
                    }
                    flush(&xml)
                    for (position, value) in entry.values.enumerated() {
                        guard let value, labels.indices.contains(position) else { continue }
                        xml.element(
                            "circle",
                            [
                                ("cx", SVGChart.number(x(position))), ("cy", SVGChart.number(y(value))), ("r", "4"),
                                ("fill", colour), ("data-label", labels[position]), ("data-value", "\(value)"),
                            ]
                        ) { xml in
                            xml.element(
                                "title", text: "\(labels[position]) · \(entry.name)：\(SVGChart.grouped(value))\(unit)")
                        }
                    }
                }
            }
        }
    }
}
