/// The value columns a table's header rows name: header cells whose text, read along and down
/// the lines of a narrow cell ("商业企" / "业", "结" "果" / "维持"), is the label of a value column.
enum PDFHeaderColumns {
    /// A header word in normalized form, with its line within the header.
    struct Token {
        var text: String
        var minX: Double
        var maxX: Double
        var minY: Double
        var line: Int

        var center: Double { (minX + maxX) / 2 }
    }

    /// The words of `lines` centred right of `valueEdge`, as tokens.
    static func tokens(_ lines: [PDFLine], rightOf valueEdge: Double) -> [Token] {
        var tokens: [Token] = []
        for (number, line) in lines.enumerated() {
            for word in line.words where word.centerX >= valueEdge {
                let text = LabelText.normalize(word.text)
                guard !text.isEmpty else { continue }
                tokens.append(Token(text: text, minX: word.minX, maxX: word.maxX, minY: word.minY, line: number))
            }
        }
        return tokens
    }

    /// The column cells among `tokens`: stacks of tokens whose joined text is a column label
    /// (the longest label wins: "其他" / "结果" reads as 其他结果).
    static func columns(_ tokens: [Token], lineHeight: Double) -> [PDFColumnBands.Band] {
        var used = Set<Int>()
        var result: [PDFColumnBands.Band] = []
        let order = tokens.indices.sorted { (tokens[$0].line, tokens[$0].minX) < (tokens[$1].line, tokens[$1].minX) }
        for start in order where !used.contains(start) {
            var stack = [start]
            var text = tokens[start].text
            var best: [Int]? = PDFHeaderLabels.columns.contains(text) ? stack : nil
            while PDFHeaderLabels.beginsColumnLabel(text),
                let next = beside(stack, text: text, in: tokens, excluding: used, lineHeight: lineHeight)
                    ?? below(stack, in: tokens, excluding: used)
            {
                stack.append(next)
                text += tokens[next].text
                if PDFHeaderLabels.columns.contains(text) { best = stack }
            }
            guard let best else { continue }
            used.formUnion(best)
            result.append(
                PDFColumnBands.Band(
                    minX: best.map { tokens[$0].minX }.min()!, maxX: best.map { tokens[$0].maxX }.max()!))
        }
        return result
    }

    /// The token just right of the stack's last one on the same line, when the text still begins
    /// a column label with it (characters spaced apart in a narrow cell: "结" "果").
    private static func beside(
        _ stack: [Int], text: String, in tokens: [Token], excluding used: Set<Int>, lineHeight: Double
    ) -> Int? {
        let last = tokens[stack.last!]
        let next = tokens.indices.filter { index in
            !used.contains(index) && !stack.contains(index) && tokens[index].line == last.line
                && tokens[index].minX >= last.maxX - 1 && tokens[index].minX - last.maxX < lineHeight * 0.8
        }.min { tokens[$0].minX < tokens[$1].minX }
        guard let next, PDFHeaderLabels.beginsColumnLabel(text + tokens[next].text) else { return nil }
        return next
    }

    /// The nearest token on a later line under the stack's last line: centres within each other's extent.
    private static func below(_ stack: [Int], in tokens: [Token], excluding used: Set<Int>) -> Int? {
        let lastLine = tokens[stack.last!].line
        let row = stack.filter { tokens[$0].line == lastLine }
        let minX = row.map { tokens[$0].minX }.min()!
        let maxX = row.map { tokens[$0].maxX }.max()!
        let center = (minX + maxX) / 2
        var best: Int?
        for candidate in tokens.indices where !used.contains(candidate) && tokens[candidate].line > lastLine {
            let token = tokens[candidate]
            guard (token.minX...token.maxX).contains(center) || (minX...maxX).contains(token.center) else { continue }
            if best == nil || token.minY < tokens[best!].minY { best = candidate }
        }
        return best
    }
}
