/// Turning a line of Markdown into plain text: emphasis markers, links, images, escapes and a few
/// HTML entities go; the words stay.
enum MarkdownInline {
    /// `text` without Markdown inline markup.
    static func plainText(_ text: some StringProtocol) -> String {
        // Most cells and lines have no markup at all: a byte scan settles that without Foundation.
        let markup: Set<UInt8> = [0x5C, 0x2A, 0x5F, 0x5B, 0x21, 0x26, 0x60]  // \ * _ [ ! & `
        guard text.utf8.contains(where: markup.contains) else { return String(text) }
        var tokens = tokenize(text)
        tokens = removingLinks(tokens)
        removeEmphasis(&tokens)
        return decodingEntities(String(tokens.lazy.filter { !$0.removed }.map(\.character)))
    }

    /// A character, whether a backslash made it literal, and whether cleanup removed it.
    private struct Token {
        var character: Character
        var literal: Bool
        var removed = false
    }

    private static func tokenize(_ text: some StringProtocol) -> [Token] {
        var tokens: [Token] = []
        var characters = text.makeIterator()
        while let character = characters.next() {
            if character == "\\" {
                guard let next = characters.next() else {
                    tokens.append(Token(character: "\\", literal: true))
                    break
                }
                if next.isASCII, next.isPunctuation || next.isSymbol {
                    tokens.append(Token(character: next, literal: true))
                } else {
                    tokens.append(Token(character: "\\", literal: true))
                    tokens.append(Token(character: next, literal: false))
                }
            } else {
                tokens.append(Token(character: character, literal: false))
            }
        }
        return tokens
    }

    /// `[text](target)` becomes `text`; `![alt](target)` disappears (converters' image links).
    private static func removingLinks(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let isImage = tokens[index].character == "!" && !tokens[index].literal && index + 1 < tokens.count
                && tokens[index + 1].character == "[" && !tokens[index + 1].literal
            let open = isImage ? index + 1 : index
            if tokens[open].character == "[", !tokens[open].literal,
                let close = firstUnescaped("]", in: tokens, from: open + 1),
                close + 1 < tokens.count, tokens[close + 1].character == "(", !tokens[close + 1].literal,
                let end = firstUnescaped(")", in: tokens, from: close + 2)
            {
                if !isImage { result += tokens[(open + 1)..<close] }
                index = end + 1
            } else {
                result.append(tokens[index])
                index += 1
            }
        }
        return result
    }

    private static func firstUnescaped(_ character: Character, in tokens: [Token], from start: Int) -> Int? {
        guard start < tokens.count else { return nil }
        return tokens[start...].firstIndex { $0.character == character && !$0.literal }
    }

    /// Removes runs of `*` or `_` that open and close emphasis; a lone or unmatched marker
    /// (`注：*表示…`, `file_name`) stays.
    private static func removeEmphasis(_ tokens: inout [Token]) {
        var openers: [Character: [Range<Int>]] = [:]
        var index = 0
        while index < tokens.count {
            let marker = tokens[index].character
            guard marker == "*" || marker == "_", !tokens[index].literal else {
                index += 1
                continue
            }
            var end = index
            while end < tokens.count, tokens[end].character == marker, !tokens[end].literal { end += 1 }
            let before = index > 0 ? tokens[index - 1].character : nil
            let after = end < tokens.count ? tokens[end].character : nil
            var canOpen = after.map { !$0.isWhitespace } ?? false
            var canClose = before.map { !$0.isWhitespace } ?? false
            if marker == "_" {
                // Underscores inside Latin words (snake_case, file names) are not emphasis;
                // Chinese has no spaces, so a CJK neighbour does not count as "inside a word".
                canOpen = canOpen && !(before.map(isLatinWordCharacter) ?? false)
                canClose = canClose && !(after.map(isLatinWordCharacter) ?? false)
            }
            if canClose, let opener = openers[marker]?.popLast() {
                for position in opener { tokens[position].removed = true }
                for position in index..<end { tokens[position].removed = true }
            } else if canOpen {
                openers[marker, default: []].append(index..<end)
            }
            index = end
        }
    }

    private static func isLatinWordCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }

    private static let entities: [(String, String)] = [
        ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
    ]

    private static func decodingEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, replacement) in entities where result.contains(entity) {
            result = result.replacingOccurrences(of: entity, with: replacement)
        }
        return result
    }
}
