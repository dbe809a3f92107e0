/// Spacing in Chinese text.
enum CJKText {
    /// Whether `character` is a CJK ideograph or CJK/full-width punctuation.
    static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x3000...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
            || (0xF900...0xFAFF).contains(scalar.value) || (0x20000...0x2FFFF).contains(scalar.value)
    }

    /// The width of `text` in em: Chinese characters take one, digits and Latin letters `latin`
    /// (half an em in most faces; up to 0.6 in bold title faces).
    static func displayWidth(_ text: some StringProtocol, latin: Double = 0.5) -> Double {
        text.reduce(0) { $0 + (isCJK($1) ? 1 : latin) }
    }

    /// `text` trimmed, without the spaces that PDF extraction and justified layout put next to
    /// Chinese characters ("2023 年", "邮 编 ： 223100"); spaces between Latin words stay.
    static func despaced(_ text: some StringProtocol) -> String {
        let trimmed = LabelText.trim(text)
        // Byte-wise: `String.contains(_:)` with a string argument goes through Foundation's
        // CFString search, which was a tenth of the PDF reader's profile (a call per line).
        guard trimmed.utf8.contains(0x20) || trimmed.fastContains("\u{3000}") else { return trimmed }
        let characters = Array(trimmed)
        var result = ""
        result.reserveCapacity(trimmed.utf8.count)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == " " || character == "\u{3000}" else {
                result.append(character)
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end] == " " || characters[end] == "\u{3000}" { end += 1 }
            let before = index > 0 ? characters[index - 1] : " "
            let after = end < characters.count ? characters[end] : " "
            if !(isCJK(before) || isCJK(after)) { result.append(" ") }
            index = end
        }
        return result
    }
}
