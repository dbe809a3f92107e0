/// Extracts table 2: rows are found by their label (规章, 行政许可…) within the blocks; which
/// template the table follows is told by its column headers and rows.
enum ProactiveTableExtractor {
    static func extract(_ rows: [[SourceCell]], preferring preferred: TemplateVersion)
        -> (table: ReportTable?, notes: [ExtractionNote], evidence: TemplateVersion?)
    {
        let observed = rows.map(ObservedRow.init(cells:))
        let evidence = templateEvidence(observed)
        let version = evidence ?? preferred
        let layout = Templates.layout(.proactive, version)
        let labels = layout.rows.map { LabelText.normalize($0.label) }
        var table = ReportTable(layout: layout)
        var filler = RowFiller(table: .proactive)
        var found = Set<Int>()
        for row in observed where !row.normalizedLabel.isEmpty {
            guard let index = rowIndex(for: row.normalizedLabel, labels: labels), !found.contains(index) else { continue }
            found.insert(index)
            let columnCount = layout.rows[index].columns.count
            var values = row.values
            // Spacer cells of a wider grid come out as extra blanks; drop them from the end first.
            while values.count > columnCount, let last = values.last, CellText.compacted(last).isEmpty {
                values.removeLast()
            }
            filler.fill(&table, row: index, texts: Array(values.prefix(columnCount)))
        }
        guard !found.isEmpty else { return (nil, [], evidence) }
        for (index, row) in layout.rows.enumerated() where !found.contains(index) {
            filler.notes.append(.rowMissing(.proactive, row.key))
        }
        return (table, filler.notes, evidence)
    }

    /// The row whose label `label` (normalized) is: exactly, or as the label's end ("其他规范性文件"
    /// does not count, but a row caption joined to the label does), preferring the longest label
    /// ("行政规范性文件" over "规范性文件").
    private static func rowIndex(for label: String, labels: [String]) -> Int? {
        if let exact = labels.firstIndex(of: label) { return exact }
        let bySuffix = labels.indices.filter { label.fastHasSuffix(labels[$0]) }
        if let longest = bySuffix.max(by: { labels[$0].count < labels[$1].count }) { return longest }
        // 行政规范性文件 written in a 2019 table (or 规范性文件 in a 2021 one) is still that row.
        if label.fastHasSuffix("规范性文件") { return labels.firstIndex { $0.fastHasSuffix("规范性文件") } }
        return nil
    }

    /// The template whose table-2 headers and rows the document shows, if it shows either.
    static func templateEvidence(_ observed: [ObservedRow]) -> TemplateVersion? {
        var votes: [TemplateVersion: Int] = [:]
        let text = observed.map(\.normalizedLabel).joined(separator: "|")
        for version in TemplateVersion.allCases {
            for label in Templates.proactiveSignatureLabels(version) where text.fastContains(LabelText.normalize(label)) {
                votes[version, default: 0] += 1
            }
        }
        for row in observed {
            switch row.normalizedLabel {
            case "其他对外管理服务事项", "政府集中采购", "规范性文件": votes[.v2019, default: 0] += 1
            case "行政规范性文件": votes[.v2021, default: 0] += 1
            default: break
            }
        }
        let v2019 = votes[.v2019, default: 0]
        let v2021 = votes[.v2021, default: 0]
        if v2019 == v2021 { return nil }
        return v2019 > v2021 ? .v2019 : .v2021
    }
}
