/// Paragraphs from lines of prose: the title from the large type opening the document, then a
/// paragraph wherever a line is indented, set apart by space, in another size, or follows a line
/// that ended short (in documents that do not indent first lines) or stood alone (centred,
/// right-aligned). Other lines continue the paragraph, across page breaks too.
struct PDFParagraphs {
    let lines: [PDFLine]
    let metrics: PDFTextMetrics
    /// The lines open the document: large type at their top is the title.
    let isDocumentStart: Bool

    func paragraphs() -> [String] {
        var result: [String] = []
        var start = 0
        if isDocumentStart, let title = titleLines() {
            result.append(Self.join(lines[title]))
            start = title.upperBound
        }
        var current: [PDFLine] = []
        for line in lines[start...] {
            if let previous = current.last, continues(previous, with: line, paragraphLines: current.count) {
                current.append(line)
            } else {
                if !current.isEmpty { result.append(Self.join(current)) }
                current = [line]
            }
        }
        if !current.isEmpty { result.append(Self.join(current)) }
        return result.filter { !$0.isEmpty }
    }

    /// The lines at the top of the first page set larger than the body text — centred, or a
    /// quarter larger — in one size and close together: the title, however many lines it wraps over.
    private func titleLines() -> Range<Int>? {
        guard let first = lines.first, first.page == 0 else { return nil }
        let measures = metrics.measures(for: first)
        let ratio = first.height / measures.bodyHeight
        let centred = abs((first.minX + first.maxX) / 2 - (measures.left + measures.right) / 2) <= measures.em * 1.5
        guard ratio >= 1.25 || (ratio >= 1.1 && centred) else { return nil }
        var end = 1
        while end < lines.count {
            let line = lines[end]
            let previous = lines[end - 1]
            guard line.page == first.page, abs(line.height - first.height) <= first.height * 0.15,
                line.centerY - previous.centerY <= first.height * 2.2
            else { break }
            end += 1
        }
        return 0..<end
    }

    /// Whether `line` goes on with the paragraph whose last line is `previous`.
    private func continues(_ previous: PDFLine, with line: PDFLine, paragraphLines: Int) -> Bool {
        let measures = metrics.measures(for: line)
        let em = measures.em
        let samePage = line.page == previous.page
        let distance = line.centerY - previous.centerY
        if samePage, distance > measures.pitch * 1.5 { return false }
        if abs(line.height - previous.height) > max(line.height, previous.height) * 0.2 { return false }
        if line.minX >= measures.left + em * 0.9 { return false }
        // A numbered section heading is a paragraph of its own, however long its line.
        if paragraphLines == 1, SectionHeading.match(previous.text)?.numbering != nil { return false }
        // Without first-line indents, paragraphs are set apart by space; at the top of a page, a
        // numbered heading after a finished sentence begins one.
        if !measures.indentsParagraphs, samePage, distance > measures.pitch * 1.12 { return false }
        if !measures.indentsParagraphs, !samePage, endsSentence(previous), PDFTableRows.startsWithRowNumber(line.text) {
            return false
        }
        guard previous.maxX < measures.right - em * 2 else { return true }
        // The previous line ended short. A centred or right-aligned line (a date, a signature)
        // stands alone; without indents, so does a finished sentence.
        if previous.minX > measures.left + em * 3 { return false }
        // A finished sentence, then a whole numbered section heading flush left (a section whose
        // text is only "无。", its heading at the top of the next page): the heading begins one.
        if endsSentence(previous), SectionHeading.match(line.text)?.numbering != nil { return false }
        if measures.indentsParagraphs { return true }
        return !endsSentence(previous)
    }

    private func endsSentence(_ line: PDFLine) -> Bool {
        line.text.last.map { "。！？；：!?;:".contains($0) } ?? false
    }

    /// The lines' text as one paragraph: no space at a line break, except between two Latin
    /// words or numbers (a break inside Chinese text is no space; one between words was).
    static func join(_ lines: some Collection<PDFLine>) -> String {
        var text = ""
        for line in lines {
            let piece = line.text
            if let last = text.unicodeScalars.last, let first = piece.unicodeScalars.first,
                last.isASCIIAlphanumeric, first.isASCIIAlphanumeric
            {
                text += " "
            }
            text += piece
        }
        return text
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIAlphanumeric: Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
}
