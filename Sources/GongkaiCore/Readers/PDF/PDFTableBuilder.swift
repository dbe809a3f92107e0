/// Builds a `SourceTable` from the lines of one table on the page(s): header rows, then body rows
/// whose cells are the value bands the header defines and whose labels are read down the label
/// column (a label wrapped over lines, numbers beside its first or middle line, group labels
/// spanning rows in the columns to the left).
struct PDFTableBuilder {
    let lines: [PDFLine]

    /// The rows of the table.
    func build() -> SourceTable {
        let valueEdge = self.valueEdge()
        var rows: [[SourceCell]] = []
        var bands = PDFColumnBands(bands: [])
        for section in sections(valueEdge: valueEdge) {
            if !section.header.isEmpty {
                let header = section.header.map { lines[$0] }
                let tokens = PDFHeaderColumns.tokens(header, rightOf: valueEdge - 2)
                let columns = PDFHeaderColumns.columns(tokens, lineHeight: Self.median(header.map(\.height)))
                bands = PDFColumnBands.merging(header: columns, numbers: numberExtents(section.body))
                rows += header.map { line in line.segments(gapFactor: 0.4).map { SourceCell(PDFLine.text(of: $0, height: line.height)) } }
                if section.body.isEmpty, !bands.isEmpty {
                    // A header with nothing under it: one row of blank cells (a blank table 4).
                    rows.append(Array(repeating: SourceCell(""), count: bands.count))
                }
            } else {
                bands = PDFColumnBands.merging(header: bands.bands, numbers: numberExtents(section.body))
            }
            rows += PDFTableRows(lines: section.body.map { lines[$0] }, bands: bands).rows()
        }
        return SourceTable(rows: rows)
    }

    /// Where the values begin: the left edge of the leftmost number standing apart or of the
    /// leftmost column label in the header (a first column may be blank throughout, and a
    /// blank table has no numbers at all).
    func valueEdge() -> Double {
        var edge = Double.infinity
        for line in lines {
            for index in line.isolatedNumbers { edge = min(edge, line.words[index].minX) }
        }
        let textLines = lines.filter { $0.isolatedNumbers.isEmpty }
        let tokens = PDFHeaderColumns.tokens(textLines, rightOf: -.infinity)
        let columns = PDFHeaderColumns.columns(tokens, lineHeight: Self.median(textLines.map(\.height)))
        return min(edge, columns.map(\.minX).min() ?? .infinity)
    }

    /// The table's lines split into header groups and the body lines after each.
    struct Section {
        var header: [Int] = []
        var body: [Int] = []
    }

    func sections(valueEdge: Double) -> [Section] {
        // Header text in the value columns, or a whole line of header text anywhere (a table-2
        // block caption "第二十条第（五）项" spanning the table, 信息内容).
        let isHeader = lines.map { line in
            line.isolatedNumbers.isEmpty
                && (line.words.contains {
                    $0.centerX >= valueEdge - 2 && PDFHeaderLabels.isHeaderPiece(LabelText.normalize($0.text))
                } || PDFHeaderLabels.all.contains(LabelText.normalize(line.text)))
        }
        var sections: [Section] = []
        var headerTexts = Set<String>()
        var index = 0
        while index < lines.count {
            if isHeader[index] {
                // A header group runs to its last header line; a line of header text between two
                // header lines (the corner note's, beside stacked column labels) belongs to it.
                var end = index
                while end + 1 < lines.count {
                    if isHeader[end + 1] {
                        end += 1
                    } else if end + 2 < lines.count, isHeader[end + 2], lines[end + 1].isolatedNumbers.isEmpty,
                        PDFHeaderLabels.isHeaderPiece(LabelText.normalize(lines[end + 1].text))
                    {
                        end += 2
                    } else {
                        break
                    }
                }
                // The header repeated at the top of the next page: the rows go on under it (a
                // row broken across the page included).
                let text = lines[index...end].map { LabelText.normalize($0.text) }.joined()
                if headerTexts.insert(text).inserted || sections.isEmpty {
                    sections.append(Section(header: Array(index...end)))
                }
                index = end + 1
            } else {
                if sections.isEmpty { sections.append(Section()) }
                sections[sections.count - 1].body.append(index)
                index += 1
            }
        }
        return sections
    }

    /// The extents of the numbers standing apart in `body`.
    private func numberExtents(_ body: [Int]) -> [PDFColumnBands.Band] {
        body.flatMap { index in
            lines[index].isolatedNumbers.map { PDFColumnBands.Band(minX: lines[index].words[$0].minX, maxX: lines[index].words[$0].maxX) }
        }
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        return values.sorted()[values.count / 2]
    }
}
