extension HTMLRenderer {
    /// The report's content as an HTML fragment to place inside a site's own page: the title,
    /// sections and tables as `render` writes them, but with no `<style>` and no `style`
    /// attribute (a page with `style-src 'self'` styles the `report`, `statutory`, `num`, `block`
    /// and `table-note` classes from its own stylesheet). Every text is escaped.
    public static func fragment(_ report: Report, headingLevel: Int = 2) -> String {
        "<article class=\"report\">\n" + content(ReportDocument(report), top: min(max(headingLevel, 1), 5), widths: false)
            + "</article>\n"
    }

    /// The title as `<h{top}>`, then each section under `<h{top+1}>` with its paragraphs, table
    /// and table note.
    static func content(_ document: ReportDocument, top: Int, widths: Bool) -> String {
        var html = "<h\(top)>\(escape(document.title))</h\(top)>\n"
        for line in document.preamble { html += "<p class=\"preamble\">\(escape(line))</p>\n" }
        for section in document.sections {
            let id = "section-\(section.number)"
            html += "<section aria-labelledby=\"\(id)\">\n<h\(top + 1) id=\"\(id)\">\(escape(section.heading))</h\(top + 1)>\n"
            for paragraph in section.paragraphs { html += "<p>\(escape(paragraph))</p>\n" }
            if let grid = section.table { html += table(grid, labelledBy: id, widths: widths) }
            if let note = section.tableNote { html += "<p class=\"table-note\">\(escape(note))</p>\n" }
            html += "</section>\n"
        }
        return html
    }
}
