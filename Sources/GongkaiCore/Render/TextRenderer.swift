/// Writes a report as Word-to-text tools extract a .docx (the layout of the seeds): paragraphs one
/// per line, each table cell on its own line behind a tab, a blank line between table rows.
public enum TextRenderer {
    public static func render(_ report: Report) -> String {
        let document = ReportDocument(report)
        var lines = [document.title, ""]
        lines += document.preamble
        for section in document.sections {
            lines.append(section.heading)
            lines += section.paragraphs.map { $0.replacingOccurrences(of: "\t", with: " ") }
            if let grid = section.table {
                for row in grid.rows {
                    for cell in row {
                        let text = cell.text.split(separator: "\n", omittingEmptySubsequences: false)
                        lines.append("\t" + (text.first.map(String.init) ?? ""))
                        lines += text.dropFirst().map(String.init)
                    }
                    lines.append("")
                }
            }
            if let note = section.tableNote { lines.append(note) }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
