/// The body rows of a table, from its lines and value bands.
///
/// A row begins where a label begins: a line whose label starts with a row number ("（二）",
/// "1.", "四、"), or any label after one that ended short of the label column's edge. A label
/// wrapped over lines continues while its lines reach that edge (or leave a bracket open);
/// numbers on the label's first, middle or a line of their own belong to it. Text in the label
/// columns left of a row's own label is a group label spanning rows ("三、本年度办理结果").
struct PDFTableRows {
    let lines: [PDFLine]
    let bands: PDFColumnBands

    private struct Row {
        var groups: [String] = []
        var own: [String] = []
        /// Where the own label's first line begins.
        var ownStart: Double?
        var ownOpen = false
        var cells: [[PDFWord]]
        var hasNumbers = false
    }

    /// A run of label words on one line.
    private struct Segment {
        var words: [PDFWord]
        var minX: Double { words.first!.minX }
        var maxX: Double { words.last!.maxX }
    }

    func rows() -> [[SourceCell]] {
        let edge = bands.labelEdge
        let labelWords = lines.map { line in line.words.filter { $0.centerX < edge } }
        // Label columns begin where lines' labels begin: a word starting there starts a cell,
        // however close it follows the word before (narrow columns, text centred in them).
        let columnStarts = labelWords.compactMap { $0.first?.minX }
        let labels = zip(lines, labelWords).map { line, words in
            segments(words, height: line.height, columnStarts: columnStarts)
        }
        // Where the lines of labels beginning at each x reach at most: the edge of their cell.
        let segmentsByStart = labels.joined()
        func cellEdge(startingAt x: Double) -> Double {
            segmentsByStart.filter { abs($0.minX - x) <= 2 }.map(\.maxX).max() ?? x
        }
        var rows: [Row] = []
        for (index, line) in lines.enumerated() {
            var cells = [[PDFWord]](repeating: [], count: bands.count)
            var hasNumbers = false
            for word in line.words where word.centerX >= edge {
                guard let band = bands.band(at: word.centerX) else { continue }
                cells[band].append(word)
                if word.isNumeric { hasNumbers = true }
            }
            var groups = labels[index]
            var own: Segment?
            if let last = groups.last, !isGroupLabel(last, line: index, labels: labels, hasNumbers: hasNumbers, current: rows.last) {
                own = groups.removeLast()
            }
            let groupTexts = groups.map { PDFLine.text(of: $0.words, height: line.height) }
            let ownText = own.map { PDFLine.text(of: $0.words, height: line.height) }

            let startsRow: Bool
            if let current = rows.last {
                if let ownText {
                    startsRow =
                        (hasNumbers && current.hasNumbers)
                        || (!current.own.isEmpty && (Self.startsWithRowNumber(ownText) || !current.ownOpen))
                } else {
                    startsRow = hasNumbers && current.hasNumbers
                }
            } else {
                startsRow = true
            }
            if startsRow { rows.append(Row(cells: [[PDFWord]](repeating: [], count: bands.count))) }
            rows[rows.count - 1].groups += groupTexts
            if let own, let ownText {
                if rows[rows.count - 1].own.isEmpty { rows[rows.count - 1].ownStart = own.minX }
                rows[rows.count - 1].own.append(ownText)
                let joined = rows[rows.count - 1].own.joined()
                rows[rows.count - 1].ownOpen =
                    Self.leavesOpen(joined)
                    || (own.maxX >= cellEdge(startingAt: rows[rows.count - 1].ownStart ?? own.minX) - line.height * 1.2
                        && !PDFHeaderLabels.rows.contains(LabelText.normalize(joined)))
            }
            for band in cells.indices { rows[rows.count - 1].cells[band] += cells[band] }
            rows[rows.count - 1].hasNumbers = rows[rows.count - 1].hasNumbers || hasNumbers
        }
        return rows.map { row in
            var result: [SourceCell] = []
            if !row.groups.isEmpty { result.append(SourceCell(CJKText.despaced(row.groups.joined()))) }
            if !row.own.isEmpty { result.append(SourceCell(CJKText.despaced(row.own.joined()))) }
            return result + row.cells.map { SourceCell(Self.cellText($0)) }
        }
    }

    /// Whether the last label segment of line `index` is a fragment of a group label spanning
    /// rows, rather than the row's own label: the next line of a label being read is its own;
    /// text that can only be a piece of a group label (or of a row label) says so; else a segment
    /// beside numbers is the row's own label unless a label is being read right of it, and a
    /// segment on a line of its own is a group's when label text begins right of it close by.
    private func isGroupLabel(
        _ segment: Segment, line index: Int, labels: [[Segment]], hasNumbers: Bool, current: Row?
    ) -> Bool {
        if let current, current.ownOpen, let start = current.ownStart, abs(segment.minX - start) <= 2 { return false }
        if let group = PDFHeaderLabels.isGroupPiece(LabelText.normalize(segment.words.map(\.text).joined())) {
            return group
        }
        if hasNumbers {
            guard let current, current.ownOpen, let start = current.ownStart else { return false }
            return segment.maxX < start
        }
        let reach = lines[index].height * 2
        for other in lines.indices where other != index && abs(lines[other].centerY - lines[index].centerY) <= reach {
            if labels[other].contains(where: { $0.minX > segment.maxX - 1 }) { return true }
        }
        return false
    }

    private func segments(_ words: [PDFWord], height: Double, columnStarts: [Double]) -> [Segment] {
        var result: [Segment] = []
        for word in words {
            if let last = result.last?.words.last, word.minX - last.maxX < height * 0.4,
                !columnStarts.contains(where: { abs($0 - word.minX) <= 1 })
            {
                result[result.count - 1].words.append(word)
            } else {
                result.append(Segment(words: [word]))
            }
        }
        return result
    }

    /// The text of one cell: its words line by line, joined.
    private static func cellText(_ words: [PDFWord]) -> String {
        guard !words.isEmpty else { return "" }
        var text = ""
        var previous: PDFWord?
        for word in words {
            if let previous, abs(word.centerY - previous.centerY) < previous.height * 0.5,
                word.minX - previous.maxX > previous.height * 0.2
            {
                text += " "
            }
            text += word.text
            previous = word
        }
        return CJKText.despaced(text)
    }

    /// Whether `label` begins with the number of a row: "一、", "（二）", "(三)", "1.", "2、".
    static func startsWithRowNumber(_ label: String) -> Bool {
        var characters = Substring(label)
        if characters.first == "（" || characters.first == "(" {
            characters = characters.dropFirst()
            let numeral = characters.prefix { ChineseNumerals.value(of: $0) != nil }
            guard !numeral.isEmpty, numeral.count <= 2 else { return false }
            let close = characters.dropFirst(numeral.count).first
            return close == "）" || close == ")"
        }
        let numeral = characters.prefix { ChineseNumerals.value(of: $0) != nil }
        if !numeral.isEmpty {
            return numeral.count <= 2 && characters.dropFirst(numeral.count).first == "、"
        }
        let digits = characters.prefix { $0.asciiDigitValue != nil }
        guard !digits.isEmpty, digits.count <= 2, let mark = characters.dropFirst(digits.count).first else { return false }
        return mark == "." || mark == "、" || mark == "．"
    }

    /// Whether a label so far leaves a bracket open or ends on a comma: it goes on.
    static func leavesOpen(_ text: String) -> Bool {
        var depth = 0
        for character in text {
            if character == "（" || character == "(" { depth += 1 }
            if character == "）" || character == ")" { depth -= 1 }
        }
        return depth > 0 || text.last.map { "，,、；;：:".contains($0) } ?? false
    }
}
