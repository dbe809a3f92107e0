/// Reads pages of positioned words (a PDF's text layer through `pdftotext -bbox`) into
/// paragraphs and tables, as a person reads the page:
///
/// - lines from words that share a baseline; page numbers at the top or foot of a page dropped;
/// - the title from the large type at the top of the first page, its lines joined (a title
///   wrapped after "……局政府信" still names the whole agency);
/// - tables where lines set in the tables' small type, or rows of numbers standing apart, run
///   together — across page breaks, with or without the header repeated (`PDFTableBuilder`);
/// - paragraphs from indentation, spacing and line ends (`PDFParagraphs`), so that a section
///   heading is only ever a paragraph of its own, never a line inside a wrapped sentence.
enum PositionalReader {
    static func read(_ pages: [PDFPage]) -> SourceDocument {
        var lines: [PDFLine] = []
        for (number, page) in pages.enumerated() {
            lines += withoutPageNumbers(PDFLine.lines(of: page.upright, number: number))
        }
        let metrics = PDFTextMetrics(lines)
        var blocks: [SourceBlock] = []
        for run in runs(lines, metrics: metrics) {
            switch run {
            case .prose(let range):
                let paragraphs = PDFParagraphs(lines: Array(lines[range]), metrics: metrics, isDocumentStart: range.lowerBound == 0)
                blocks += paragraphs.paragraphs().map(SourceBlock.paragraph)
            case .table(let range):
                let table = PDFTableBuilder(lines: Array(lines[range])).build()
                if !table.rows.isEmpty { blocks.append(.table(table)) }
            }
        }
        return SourceDocument(blocks: blocks)
    }

    /// A run of lines that read as prose, or as one table.
    enum Run {
        case prose(Range<Int>)
        case table(Range<Int>)

        var range: Range<Int> {
            switch self {
            case .prose(let range), .table(let range): range
            }
        }
    }

    /// The lines split into prose and tables. A table line is set in smaller type than the body
    /// text or holds numbers standing apart; a run of them is a table when it has small type or a
    /// line of at least two such numbers (a lone number beside prose is not a table).
    static func runs(_ lines: [PDFLine], metrics: PDFTextMetrics) -> [Run] {
        let isTableLine = lines.map { line in
            line.height < metrics.bodyHeight(for: line) * 0.85 || !line.isolatedNumbers.isEmpty
        }
        var runs: [Run] = []
        var index = 0
        while index < lines.count {
            var end = index
            while end < lines.count, isTableLine[end] == isTableLine[index] { end += 1 }
            let range = index..<end
            let isTable =
                isTableLine[index]
                && lines[range].contains { $0.height < metrics.bodyHeight(for: $0) * 0.85 || $0.isolatedNumbers.count >= 2 }
            if case .prose(let previous)? = runs.last, !isTable {
                runs[runs.count - 1] = .prose(previous.lowerBound..<end)
            } else {
                runs.append(isTable ? .table(range) : .prose(range))
            }
            index = end
        }
        return mergingLabelPieces(runs, lines)
    }

    /// The runs with a piece of a label between two table runs taken into the table: a group label
    /// set down the side of table 3 one or two characters a line ("三、本年度办理结果"), in type as
    /// large as the body's, reads as a short line of prose between rows.
    static func mergingLabelPieces(_ runs: [Run], _ lines: [PDFLine]) -> [Run] {
        var result: [Run] = []
        for run in runs {
            if case .table(let range) = run, result.count >= 2, case .prose(let piece) = result[result.count - 1],
                case .table(let before) = result[result.count - 2],
                lines[piece].allSatisfy({ $0.text.count <= 4 && SectionHeading.match($0.text) == nil })
            {
                result.removeLast(2)
                result.append(.table(before.lowerBound..<range.upperBound))
            } else {
                result.append(run)
            }
        }
        return result
    }

    /// `lines` without a page number as the first or last line of the page ("— 3 —", "-3-",
    /// "第3页 共6页", or a bare number at the foot).
    static func withoutPageNumbers(_ lines: [PDFLine]) -> [PDFLine] {
        var result = lines
        if let last = result.last, LayoutTextReader.isPageNumber(Substring(last.text), atPageEnd: true) {
            result.removeLast()
        }
        if let first = result.first, LayoutTextReader.isPageNumber(Substring(first.text), atPageEnd: false) {
            result.removeFirst()
        }
        return result
    }
}
