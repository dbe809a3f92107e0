/// Extracts table 4: its fifteen values, in the order 行政复议 (5), 未经复议直接起诉 (5),
/// 复议后起诉 (5), from whichever rows hold them (one row of 15 in Word and HTML, one line in
/// PDF text, sometimes three rows of 5).
enum ReviewTableExtractor {
    static func extract(_ rows: [[SourceCell]]) -> (ReportTable?, [ExtractionNote]) {
        let layout = Templates.layout(.review, .v2019)
        let valueRows = rows.map(ObservedRow.init(cells:)).filter { $0.values.count >= 5 }
        var values = valueRows.flatMap(\.values)
        guard !values.isEmpty else { return (nil, []) }
        var filler = RowFiller(table: .review)
        if values.count > layout.cellCount {
            filler.notes.append(
                .unrecognizedRow(.review, label: "", values: Array(values.prefix(values.count - layout.cellCount))))
            values = Array(values.suffix(layout.cellCount))
        }
        var table = ReportTable(layout: layout)
        var offset = 0
        for (index, row) in layout.rows.enumerated() {
            let end = min(offset + row.columns.count, values.count)
            filler.fill(&table, row: index, texts: offset < end ? Array(values[offset..<end]) : [])
            offset += row.columns.count
        }
        return (table, filler.notes)
    }
}
