/// Reads `pdftotext -layout` text: prose wrapped into lines, table rows one per line with their
/// cells apart by runs of spaces, tables split across pages with page numbers between them.
///
/// Prose: a line indented by two or more spaces begins a paragraph; a line at the left margin
/// continues it (across page breaks too). Tables: within sections 二, 三 and 四, a line ending in
/// numbers is a table row; lines of label text without numbers before it belong to that row's
/// label (labels wrap over several lines, and a vertical group label is spread over many).
public enum LayoutTextReader {
    public static func read(_ text: String) -> SourceDocument {
        var builder = Builder()
        let lines = contentLines(text)
        var next: Substring?
        var following = [Substring?](repeating: nil, count: lines.count)
        for index in lines.indices.reversed() {
            following[index] = next
            if !LabelText.trim(lines[index]).isEmpty { next = lines[index] }
        }
        for (line, next) in zip(lines, following) { builder.add(line, next: next) }
        builder.finishRegion()
        return SourceDocument(blocks: builder.blocks)
    }

    /// The lines of `text` without page-break marks and page numbers.
    static func contentLines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var line = line
            while line.first == "\u{0C}" { line = line.dropFirst() }
            return line.last == "\r" ? line.dropLast() : line
        }
        // A lone number just before a page break is a page number too.
        var pageEnds = Set<Int>()
        var lastContent: Int?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.first == "\u{0C}", let lastContent { pageEnds.insert(lastContent) }
            if !LabelText.trim(line).isEmpty { lastContent = index }
        }
        if let lastContent { pageEnds.insert(lastContent) }
        for index in lines.indices where isPageNumber(lines[index], atPageEnd: pageEnds.contains(index)) {
            lines[index] = ""
        }
        return lines
    }

    /// "-3-", "— 3 —", "第3页", "第 3 页 共 6 页", or a bare number at the end of a page.
    static func isPageNumber(_ line: Substring, atPageEnd: Bool) -> Bool {
        let text = LabelText.normalize(line)
        guard !text.isEmpty, text.count <= 12 else { return false }
        let digits = text.filter(\.isNumber)
        guard !digits.isEmpty, digits.count <= 4 else { return false }
        let rest = text.filter { !$0.isNumber }
        if rest.isEmpty { return atPageEnd }
        return rest.allSatisfy { "-—–－~·第页共/".contains($0) } && (rest.contains("-") || rest.contains("—")
            || rest.contains("–") || rest.contains("－") || rest.contains("页"))
    }

    private struct Builder {
        var blocks: [SourceBlock] = []
        var paragraph: [String] = []
        var rows: [[SourceCell]] = []
        var pendingLabels: [String] = []
        var section: Int?
        var seenSections = Set<Int>()

        var inTableSection: Bool { section.map { (2...4).contains($0) } ?? false }

        /// Adds `line`; `next` is the next non-empty line, if any.
        mutating func add(_ line: Substring, next: Substring? = nil) {
            let trimmed = LabelText.trim(line)
            guard !trimmed.isEmpty else { return }
            if let heading = SectionHeading.match(CJKText.despaced(trimmed)), !seenSections.contains(heading.number),
                !Self.beginsWrappedSentence(trimmed, next: next)
            {
                finishRegion()
                seenSections.insert(heading.number)
                section = heading.number
                blocks.append(.paragraph(CJKText.despaced(trimmed)))
                return
            }
            if inTableSection, addTableLine(line, trimmed: trimmed) { return }
            let indented = line.prefix(while: { $0 == " " || $0 == "\u{3000}" }).count >= 2
            if indented { flushParagraph() }
            paragraph.append(CJKText.despaced(trimmed))
        }

        /// Whether a line that reads as a section heading is really the first line of a paragraph
        /// that names the section's subject ("2020年度，我局主动公开政府信息53条，其中通过政府" /
        /// "网站公开…"): it holds a comma and the next line continues it at the left margin.
        static func beginsWrappedSentence(_ trimmed: String, next: Substring?) -> Bool {
            guard trimmed.contains("，") || trimmed.contains(","), let next else { return false }
            return next.prefix(while: { $0 == " " || $0 == "\u{3000}" }).count < 2
        }

        /// Adds a line of a table section as a table row or label; returns false for prose.
        mutating func addTableLine(_ line: Substring, trimmed: String) -> Bool {
            // "无" (or "本年度无此类情况") in place of the table is the section's text; once a table
            // has begun, a line such as "无法提供" is one of its labels.
            let tableBegun = !rows.isEmpty || !pendingLabels.isEmpty
            if !tableBegun, ReportExtractor.isReplacementText(trimmed) { return false }
            let chunks = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }, omittingRuns: 2)
            var labels: [String] = []
            var values: [String] = []
            for chunk in chunks.reversed() {
                let tokens = chunk.split(separator: " ")
                if labels.isEmpty, tokens.allSatisfy({ CellText.isValueLike(String($0)) && !CellText.compacted(String($0)).isEmpty }) {
                    values.insert(contentsOf: tokens.map(String.init), at: 0)
                } else {
                    labels.insert(CJKText.despaced(chunk), at: 0)
                }
            }
            if values.isEmpty {
                let normalized = LabelText.normalize(trimmed)
                if normalized.contains("。") { return false }
                flushParagraph()
                pendingLabels.append(labels.joined(separator: " "))
                return true
            }
            flushParagraph()
            rows.append((pendingLabels + labels).map { SourceCell($0) } + values.map { SourceCell($0) })
            pendingLabels = []
            return true
        }

        mutating func flushParagraph() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined())) }
            paragraph = []
        }

        mutating func finishRegion() {
            flushParagraph()
            if !pendingLabels.isEmpty {
                rows.append(pendingLabels.map { SourceCell($0) })
                pendingLabels = []
            }
            if !rows.isEmpty { blocks.append(.table(SourceTable(rows: rows))) }
            rows = []
        }
    }
}

extension Substring {
    /// The pieces between runs of at least `omittingRuns` separators (single separators stay inside pieces).
    fileprivate func split(whereSeparator isSeparator: (Character) -> Bool, omittingRuns minimum: Int) -> [Substring] {
        var pieces: [Substring] = []
        var pieceStart: Index?
        var index = startIndex
        while index < endIndex {
            if isSeparator(self[index]) {
                var runEnd = index
                var run = 0
                while runEnd < endIndex, isSeparator(self[runEnd]) {
                    runEnd = self.index(after: runEnd)
                    run += 1
                }
                if run >= minimum || pieceStart == nil || runEnd == endIndex {
                    if let start = pieceStart { pieces.append(self[start..<index]) }
                    pieceStart = nil
                }
                index = runEnd
                continue
            }
            if pieceStart == nil { pieceStart = index }
            index = self.index(after: index)
        }
        if let start = pieceStart { pieces.append(self[start..<endIndex]) }
        return pieces
    }
}
