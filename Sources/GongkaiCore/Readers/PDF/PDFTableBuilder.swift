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

    /// Where the values begin: the left edge of the leftmost number standing apart, or of the
    /// leftmost column label when the table has no numbers (a blank table).
    func valueEdge() -> Double {
        var edge = Double.infinity
        for line in lines {
            for index in line.isolatedNumbers { edge = min(edge, line.words[index].minX) }
        }
        if edge < .infinity { return edge }
        let tokens = PDFHeaderColumns.tokens(lines, rightOf: -.infinity)
        let columns = PDFHeaderColumns.columns(tokens, lineHeight: Self.median(lines.map(\.height)))
        return columns.map(\.minX).min() ?? .infinity
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
        var index = 0
        while index < lines.count {
            if isHeader[index] {
                // A header group runs to its last header line; a line between two header lines
                // (the corner note's, beside stacked column labels) belongs to it.
                var end = index
                while end + 1 < lines.count {
                    if isHeader[end + 1] {
                        end += 1
                    } else if end + 2 < lines.count, isHeader[end + 2], lines[end + 1].isolatedNumbers.isEmpty {
                        end += 2
                    } else {
                        break
                    }
                }
                sections.append(Section(header: Array(index...end)))
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
