extension PDFPage {
    /// The page turned so that its text reads left to right, top to bottom.
    ///
    /// A landscape table printed sideways on a portrait page (or a page rotated in the viewer)
    /// reaches poppler as words in tall, narrow boxes. When most words of two or more characters
    /// are so, the page is turned a quarter: which way follows from the order poppler reads the
    /// words of a line in (down the page for text turned clockwise, up it otherwise).
    var upright: PDFPage {
        var sideways = 0
        var level = 0
        for word in words where word.text.count >= 2 {
            if word.height > word.width * 1.3 { sideways += 1 } else { level += 1 }
        }
        guard sideways > level * 2, sideways >= 3 else { return self }
        var downward = 0
        var upward = 0
        for (first, second) in zip(words, words.dropFirst()) where first.height > first.width {
            guard abs(first.centerX - second.centerX) < first.width * 0.5 else { continue }
            if second.centerY > first.centerY { downward += 1 } else { upward += 1 }
        }
        let clockwise = downward >= upward
        let turned = words.map { word -> PDFWord in
            var result = word
            if clockwise {
                // Text running down the page: its top faces right. x' = y, y' = width − x.
                result.minX = word.minY
                result.maxX = word.maxY
                result.minY = width - word.maxX
                result.maxY = width - word.minX
            } else {
                // Text running up the page: its top faces left. x' = height − y, y' = x.
                result.minX = height - word.maxY
                result.maxX = height - word.minY
                result.minY = word.minX
                result.maxY = word.maxX
            }
            return result
        }
        return PDFPage(width: height, height: width, words: turned)
    }
}
