/// One line of a Markdown pipe table.
enum MarkdownTableRow {
    /// The raw cells of `line` (already trimmed): split on unescaped pipes, `\|` kept as a pipe,
    /// the empty cells outside a leading and a trailing pipe dropped.
    static func cells(_ line: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var characters = line.makeIterator()
        var lastWasPipe = false
        while let character = characters.next() {
            lastWasPipe = false
            if character == "\\" {
                guard let next = characters.next() else { current.append("\\"); break }
                // Only the pipe escape belongs to the table; other escapes are for inline cleanup.
                if next != "|" { current.append("\\") }
                current.append(next)
            } else if character == "|" {
                cells.append(current)
                current = ""
                lastWasPipe = true
            } else {
                current.append(character)
            }
        }
        if !lastWasPipe { cells.append(current) }
        if line.first == "|", !cells.isEmpty { cells.removeFirst() }
        return cells
    }

    /// Whether the line holds an unescaped pipe.
    static func hasPipe(_ line: Substring) -> Bool {
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                return true
            }
        }
        return false
    }

    /// Whether `line` is a delimiter row (`|---|:---:|`). A row of single hyphens is not: PDF
    /// tables use "-" for zero, and a converter writes at least two per delimiter cell.
    static func isSeparator(_ line: Substring) -> Bool {
        guard hasPipe(line) || line.utf8.contains(UInt8(ascii: "-")) else { return false }
        let cells = cells(line).map { $0.trimmingSpaces() }
        guard !cells.isEmpty, hasPipe(line) || cells.count > 1 else { return false }
        var sawLongDelimiter = false
        for cell in cells {
            var body = Substring(cell)
            if body.first == ":" { body.removeFirst(); sawLongDelimiter = true }
            if body.last == ":" { body.removeLast(); sawLongDelimiter = true }
            guard !body.isEmpty, body.allSatisfy({ $0 == "-" }) else { return false }
            if body.count >= 2 { sawLongDelimiter = true }
        }
        return sawLongDelimiter
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (also U+3000 and NBSP).
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
