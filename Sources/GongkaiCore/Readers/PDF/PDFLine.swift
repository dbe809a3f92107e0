/// Words that sit on one baseline of a page, left to right.
struct PDFLine: Sendable {
    /// The page the line is on (0-based), and that page's geometry.
    let page: Int
    let words: [PDFWord]
    let minX: Double
    let maxX: Double
    let minY: Double
    let maxY: Double
    /// The height of the line's text: its tallest Chinese word, else its tallest word. Digits and
    /// Latin letters in another font have boxes of other heights; the Chinese text decides.
    let height: Double
    /// The line's page is wider than tall.
    let pageIsLandscape: Bool
    /// The line's text: words joined with a space where a visible gap separates them, then
    /// without the spaces beside Chinese characters (poppler splits words at spaces, and at the
    /// small gaps Word and WPS leave between Chinese and Latin text, which are no spaces).
    ///
    /// Computed once: paragraphs, tables and headings all read it, several times a line.
    let text: String
    /// The indices of the words that stand apart as table values (see `isolatedNumbers(of:height:)`);
    /// computed once, as every stage of table finding asks.
    let isolatedNumbers: [Int]

    init(page: Int, words: [PDFWord], pageIsLandscape: Bool = false) {
        self.page = page
        self.pageIsLandscape = pageIsLandscape
        let sorted = words.sorted { $0.minX < $1.minX }
        self.words = sorted
        minX = words.map(\.minX).min() ?? 0
        maxX = words.map(\.maxX).max() ?? 0
        minY = words.map(\.minY).min() ?? 0
        maxY = words.map(\.maxY).max() ?? 0
        let chinese = words.filter { $0.text.unicodeScalars.contains { $0.value >= 0x3400 } }
        let height = Self.prevailingHeight(chinese.isEmpty ? words : chinese)
        self.height = height
        text = Self.text(of: sorted, height: height)
        isolatedNumbers = Self.isolatedNumbers(of: sorted, height: height)
    }

    /// The height most of the words' characters are set in (the tallest of equals): a line that
    /// opens with a run-in heading in a bolder, taller face ("（一）主动公开情况。" in 黑体) is still
    /// a line of body text.
    static func prevailingHeight(_ words: [PDFWord]) -> Double {
        var characters: [Double: Int] = [:]
        for word in words { characters[(word.height * 2).rounded() / 2, default: 0] += word.text.count }
        return characters.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key ?? 0
    }

    var centerY: Double { (minY + maxY) / 2 }
    var width: Double { maxX - minX }

    /// The text of `words` (left to right) on a line of `height`, as `text` reads it.
    static func text(of words: [PDFWord], height: Double) -> String {
        var result = ""
        var previous: PDFWord?
        for word in words {
            if let previous, word.minX - previous.maxX > height * 0.08 { result += " " }
            result += word.text
            previous = word
        }
        return CJKText.despaced(result)
    }

    /// The lines of `page`: words grouped by the vertical overlap of their boxes, top to bottom.
    static func lines(of page: PDFPage, number: Int) -> [PDFLine] {
        let words = page.words.sorted { $0.centerY < $1.centerY }
        var groups: [(centerY: Double, height: Double, words: [PDFWord])] = []
        for word in words {
            // Boxes of one line overlap by most of the smaller height; the next line's do not.
            if let index = groups.indices.suffix(8).last(where: { index in
                let group = groups[index]
                return abs(group.centerY - word.centerY) < min(group.height, word.height) * 0.45
            }) {
                groups[index].words.append(word)
                let count = Double(groups[index].words.count)
                groups[index].centerY += (word.centerY - groups[index].centerY) / count
                groups[index].height = max(groups[index].height, word.height)
            } else {
                groups.append((word.centerY, word.height, [word]))
            }
        }
        return groups.map {
            PDFLine(page: number, words: $0.words, pageIsLandscape: page.isLandscape)
        }
            .sorted { $0.centerY < $1.centerY }
    }
}
