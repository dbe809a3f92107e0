/// Reads text as Word-to-text tools extract it (the seeds): paragraphs one per line; each table
/// cell on its own line behind a tab; a blank line between table rows.
///
/// A cell that is only a tab is an empty cell (a blank value or the continuation of a vertical
/// merge: the text cannot tell which). A line without a tab right after a cell line continues
/// that cell (labels wrapped in narrow cells: `自\n然\n人`), unless it is a section heading that
/// begins right after the table.
public enum TextReader {
    public static func read(_ text: String) -> SourceDocument {
        var blocks: [SourceBlock] = []
        var rows: [[SourceCell]] = []
        var row: [SourceCell] = []
        var lastLineWasCell = false

        func closeRow() {
            if !row.isEmpty { rows.append(row) }
            row = []
        }
        func closeTable() {
            closeRow()
            if !rows.isEmpty { blocks.append(.table(SourceTable(rows: rows))) }
            rows = []
        }

        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let line = Substring(rawLine.last == 0x0D ? rawLine.dropLast() : rawLine)
            if line.first == "\t" {
                row.append(SourceCell(cellText(line.dropFirst())))
                lastLineWasCell = true
            } else if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
                || LabelText.trim(LabelText.stripBookmarks(String(line))).isEmpty
            {
                closeRow()
                lastLineWasCell = false
            } else if lastLineWasCell, !row.isEmpty, !SectionHeading.looksLikeHeading(line) {
                let continuation = cellText(line)
                row[row.count - 1].text += row[row.count - 1].text.isEmpty ? continuation : "\n" + continuation
            } else {
                closeTable()
                blocks.append(.paragraph(LabelText.trim(LabelText.stripBookmarks(String(line)))))
                lastLineWasCell = false
            }
        }
        closeTable()
        return SourceDocument(blocks: blocks)
    }

    private static func cellText(_ text: Substring) -> String {
        LabelText.trim(LabelText.stripBookmarks(text.replacingTabs()))
    }
}

extension Substring {
    /// The text with tabs (inside a cell line) turned into spaces.
    fileprivate func replacingTabs() -> String {
        utf8.contains(0x09) ? String(map { $0 == "\t" ? " " : $0 }) : String(self)
    }
}
