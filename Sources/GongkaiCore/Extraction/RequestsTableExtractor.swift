/// Extracts table 3 from the rows of the document's table(s) under section 三.
///
/// Rows are matched to the template by label and order (`RowAligner`), against both templates'
/// rows; the better fit decides whether the document has the single 2019 （六）其他处理 row or
/// the three 2021 rows, whatever its table 2 says.
enum RequestsTableExtractor {
    private static let matchers: [TemplateVersion: LabelMatcher] = Dictionary(
        uniqueKeysWithValues: TemplateVersion.allCases.map { ($0, LabelMatcher(layout: Templates.layout(.requests, $0))) })

    /// A row of the document that may be a value row of table 3.
    private struct Candidate {
        /// The row's own label (its last label cell).
        var label: String
        /// Label text before the own label: group labels, and lines of a label wrapped before the values.
        var leading: String
        /// All of the row's label text, with any label-only rows before it.
        var context: String
        var values: [String]
    }

    static func extract(_ rows: [[SourceCell]], preferring preferred: TemplateVersion) -> (ReportTable?, [ExtractionNote]) {
        let candidates = candidates(rows.map(ObservedRow.init(cells:)))
        guard !candidates.isEmpty else { return (nil, []) }

        let normalizedContexts = candidates.map { LabelText.normalize($0.context) }
        let contexts = normalizedContexts.map(LabelMatcher.bigrams)
        var best: (version: TemplateVersion, assignment: [Int?], total: Double)?
        for version in [preferred, preferred == .v2019 ? .v2021 : .v2019] {
            let matcher = matchers[version]!
            var scores = contexts.map { matcher.scores(forBigrams: $0) }
            // A label wrapped below its values (cells aligned to the top, in PDF text) matches no
            // row by its first line; such a row is scored again with the lines that follow it.
            for index in scores.indices.dropLast() where (scores[index].max() ?? 0) < RowAligner.threshold {
                let extended = candidates[index].context + candidates[index + 1].leading
                scores[index] = matcher.scores(forBigrams: LabelMatcher.bigrams(LabelText.normalize(extended)))
            }
            let (assignment, total) = RowAligner.align(scores, templateRowCount: matcher.normalizedLabels.count)
            if best == nil || total > best!.total + 0.25 { best = (version, assignment, total) }
        }
        guard let best, best.assignment.contains(where: { $0 != nil }) else { return (nil, []) }

        let layout = Templates.layout(.requests, best.version)
        let matcher = matchers[best.version]!
        var table = ReportTable(layout: layout)
        var filler = RowFiller(table: .requests)
        var matchedRows = Set<Int>()
        for (offset, (candidate, rowIndex)) in zip(candidates, best.assignment).enumerated() {
            guard let rowIndex else {
                if candidate.values.contains(where: { !CellText.compacted($0).isEmpty }) {
                    filler.notes.append(.unrecognizedRow(.requests, label: candidate.label, values: candidate.values))
                }
                continue
            }
            matchedRows.insert(rowIndex)
            let columnCount = layout.rows[rowIndex].columns.count
            filler.fill(&table, row: rowIndex, texts: Array(candidate.values.suffix(columnCount)))
            // A label wrapped around its values ends in the next row's leading text (PDF layout).
            let canonical = matcher.normalizedLabels[rowIndex]
            let following = offset + 1 < candidates.count ? candidates[offset + 1].leading : ""
            if !candidate.label.isEmpty, !normalizedContexts[offset].fastContains(canonical),
                !Self.contains(LabelText.normalize(candidate.context + following), subsequence: canonical)
            {
                filler.notes.append(.rowLabelVariant(.requests, layout.rows[rowIndex].key, written: candidate.label))
            }
        }
        for (index, row) in layout.rows.enumerated() where !matchedRows.contains(index) {
            filler.notes.append(.rowMissing(.requests, row.key))
        }
        return (table, filler.notes)
    }

    /// The rows that may hold values. A row with only a label joins the next row's label (a label
    /// wrapped over lines), unless it is a whole template label by itself (a value row whose
    /// cells are all missing, as in a report that leaves 四、结转下年度继续办理 without cells).
    private static func candidates(_ observed: [ObservedRow]) -> [Candidate] {
        var result: [Candidate] = []
        var pending = ""
        for row in observed {
            if row.values.isEmpty && !isWholeLabel(row.normalizedLabel) {
                pending += row.label
                continue
            }
            result.append(
                Candidate(
                    label: row.ownLabel, leading: pending + row.labelCells.dropLast().joined(),
                    context: pending + row.label, values: row.values))
            pending = ""
        }
        return result
    }

    /// Whether the characters of `needle` appear in `text` in order (other text may come between).
    private static func contains(_ text: String, subsequence needle: String) -> Bool {
        var remaining = Substring(needle)
        for character in text where character == remaining.first {
            remaining = remaining.dropFirst()
            if remaining.isEmpty { return true }
        }
        return remaining.isEmpty
    }

    private static func isWholeLabel(_ normalized: String) -> Bool {
        guard !normalized.isEmpty else { return false }
        return matchers.values.contains { $0.exactRow(normalized) != nil }
    }
}
