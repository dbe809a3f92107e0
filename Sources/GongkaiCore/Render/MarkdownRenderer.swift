/// Writes a report as Markdown: the title as `#`, section headings as `##`, paragraphs apart by
/// blank lines, and each statutory table as a pipe table on the official grid.
///
/// Pipe tables cannot merge cells, so the grid is unmerged the way spreadsheets unmerge: a header
/// or label spanning several columns repeats in each of them, a value stands in the first column
/// of its span with the rest blank, and a cell under a vertical merge is blank (as Word-exported
/// text shows it). Text is escaped so that `MarkdownReader` reads back exactly what was written.
public enum MarkdownRenderer {
    public static func render(_ report: Report) -> String {
        let document = ReportDocument(report)
        var blocks = ["# " + escape(document.title)]
        blocks += document.preamble.map { escape($0) }
        for section in document.sections {
            blocks.append("## " + escape(section.heading))
            blocks += section.paragraphs.map { escape($0) }
            if let grid = section.table { blocks.append(table(grid)) }
            if let note = section.tableNote { blocks.append(escape(note)) }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The pipe table of `grid`: its first row as the header row, then the delimiter row.
    static func table(_ grid: TableGrid) -> String {
        var lines: [String] = []
        for (index, row) in grid.rows.enumerated() {
            var cells: [String] = []
            for cell in row {
                let text = cell.continuesMerge ? "" : escape(cell.text, inTable: true)
                if cell.isValue {
                    cells.append(text)
                    cells += Array(repeating: "", count: cell.columnSpan - 1)
                } else {
                    cells += Array(repeating: text, count: cell.columnSpan)
                }
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
            if index == 0 {
                lines.append("|" + Array(repeating: " --- |", count: grid.width).joined())
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` with Markdown's markup characters escaped: ASCII punctuation that could start
    /// emphasis, a link, an entity, a heading, a bullet or quote, or a table cell becomes literal;
    /// `&` is written as an entity (the reader decodes entities after escapes); line breaks in
    /// table cells become `<br>`.
    static func escape(_ text: String, inTable: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for (offset, character) in text.enumerated() {
            switch character {
            case "\\", "*", "_", "[", "]", "!", "`", "|", "#":
                result.append("\\")
                result.append(character)
            case "&": result += "&amp;"
            // As entities, not backslash escapes: the reader looks for `<br>` before escapes.
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\n": result += inTable ? "<br>" : " "
            case "\t": result.append(" ")
            default:
                // A leading -, +, = or ~ would read as a bullet, a rule or a fence.
                if offset == 0, "-+=~".contains(character) { result.append("\\") }
                result.append(character)
            }
        }
        return result
    }
}
