/// Reads tesseract's TSV output (`tesseract image stdout tsv`): one line per page, block,
/// paragraph, line and word, with boxes in pixels; words are level 5.
enum TesseractTSV {
    /// The words of one page, in points at `resolution` dots per inch.
    static func page(_ tsv: String, resolution: Int) -> PDFPage {
        let scale = 72 / Double(resolution)
        var page = PDFPage(width: 0, height: 0, words: [])
        for line in tsv.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 12, let level = Int(fields[0]), let left = Double(fields[6]),
                let top = Double(fields[7]), let width = Double(fields[8]), let height = Double(fields[9])
            else { continue }
            if level == 1 {
                page.width = width * scale
                page.height = height * scale
                continue
            }
            let text = LabelText.trim(fields[11...].joined(separator: "\t"))
            guard level == 5, !text.isEmpty, !isNoise(text) else { continue }
            page.words.append(
                PDFWord(
                    text: text, minX: left * scale, minY: top * scale, maxX: (left + width) * scale,
                    maxY: (top + height) * scale))
        }
        return page
    }

    /// Marks read from what is left of table rules and dirt: bars, underscores, lone brackets.
    static func isNoise(_ text: String) -> Bool {
        text.allSatisfy { "|丨｜_[]【】「」'\"`~.,·:;‘’“”".contains($0) }
    }
}
