extension PDFWord {
    /// Whether the word reads as a table value: a number (with a unit, sign or separators) or a
    /// zero marker such as "—".
    var isNumeric: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        // Most words are Chinese text: settle those without the cell parser.
        if (0x3400...0x9FFF).contains(first.value), first != "无" { return false }
        return CellText.isValueLike(text) && !CellText.compacted(text).isEmpty
    }

    /// A unit written in a cell after its number, as its own word: "万元", "元", "件".
    var isUnit: Bool { Self.units.contains(text) }

    static let units: Set<String> = ["万元", "元", "万", "亿元", "件", "个", "项", "条"]
}

extension PDFLine {
    /// The indices of the words (left to right, on a line of `height`) that stand apart as table
    /// values: numbers with a wide gap on either side (a unit word may follow). A number inside a
    /// sentence ("受理申请 4 件") has text close by and is not one.
    static func isolatedNumbers(of words: [PDFWord], height: Double) -> [Int] {
        let gap = height * 0.8
        var result: [Int] = []
        for index in words.indices where words[index].isNumeric {
            let leftClear = index == 0 || words[index].minX - words[index - 1].maxX >= gap
            guard leftClear else { continue }
            var next = index + 1
            if next < words.count, words[next].isUnit { next += 1 }
            let rightClear = next >= words.count || words[next].minX - words[next - 1].maxX >= gap
            if rightClear { result.append(index) }
        }
        return result
    }

    /// Runs of words with gaps below `factor` times the line height between them.
    func segments(gapFactor factor: Double) -> [[PDFWord]] {
        var result: [[PDFWord]] = []
        for word in words {
            if let last = result.last?.last, word.minX - last.maxX < height * factor {
                result[result.count - 1].append(word)
            } else {
                result.append([word])
            }
        }
        return result
    }
}
