/// Writes a report as one self-contained HTML page for screen and print: the official table
/// layout with its merges, accessible header cells (`<th scope>`, header rows in `<thead>` so
/// print repeats them on each page), numbers right-aligned, A4 page rules with the GB/T 9704
/// margins and "— 1 —" page numbers where the print engine supports page-margin boxes.
///
/// Tables are labelled by their section heading (`aria-labelledby`), not by a `<caption>`: a
/// caption is text the readers would take as a paragraph of the section.
public enum HTMLRenderer {
    public static func render(_ report: Report) -> String {
        let document = ReportDocument(report)
        var html = pageStart(title: document.title, stylesheet: stylesheet, mainClass: "report")
        html += content(document, top: 1, widths: true)
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    /// The start of a page up to its `<main>`: Chinese, UTF-8, the title escaped, the styles
    /// inline (no external resource, no script). Shared by reports and letters.
    static func pageStart(title: String, stylesheet: String, mainClass: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Gongkai">
        <title>\(escape(title))</title>
        <style>\(stylesheet)</style>
        </head>
        <body>
        <main class="\(mainClass)">

        """
    }

    /// `widths: false` leaves out the `<col style>` widths (for pages whose policy refuses inline
    /// styles: their stylesheet sets the layout).
    static func table(_ grid: TableGrid, labelledBy id: String? = nil, widths: Bool = true) -> String {
        var html = "<table class=\"statutory \(grid.table.rawValue)\""
        if let id { html += " aria-labelledby=\"\(id)\"" }
        html += ">\n"
        if widths {
            html += "<colgroup>"
            let widths = DocxTableWriter.columnWidths(grid)
            let total = max(widths.reduce(0, +), 1)
            for width in widths {
                html += "<col style=\"width:\(Double(width * 1000 / total) / 10)%\">"
            }
            html += "</colgroup>\n"
        }
        let headerRows = headerRowCount(grid)
        for (index, row) in grid.rows.enumerated() {
            if index == 0 { html += headerRows > 0 ? "<thead>\n" : "<tbody>\n" }
            if index == headerRows && headerRows > 0 { html += "</thead>\n<tbody>\n" }
            html += "<tr>"
            for cell in row where !cell.continuesMerge {
                var attributes = ""
                if cell.columnSpan > 1 { attributes += " colspan=\"\(cell.columnSpan)\"" }
                if cell.rowSpan > 1 { attributes += " rowspan=\"\(cell.rowSpan)\"" }
                let text = escape(cell.text).replacingOccurrences(of: "\n", with: "<br>")
                switch cell.role {
                case .header where cell.columnSpan == grid.width:
                    html += "<th scope=\"colgroup\" class=\"block\"\(attributes)>\(text)</th>"
                case .header:
                    let scope = cell.columnSpan > 1 ? "colgroup" : "col"
                    html += "<th scope=\"\(scope)\"\(attributes)>\(text)</th>"
                case .label:
                    let scope = cell.rowSpan > 1 ? "rowgroup" : "row"
                    html += "<th scope=\"\(scope)\"\(attributes)>\(text)</th>"
                case .value:
                    html += "<td class=\"num\"\(attributes)>\(text)</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The leading rows that are column headers of the whole table (tables 3 and 4); table 2's
    /// block captions and headers repeat inside the body instead.
    private static func headerRowCount(_ grid: TableGrid) -> Int {
        guard grid.table != .proactive else { return 0 }
        return grid.rows.prefix { $0.allSatisfy { $0.role == .header } }.count
    }

    /// `text` with the five HTML-special characters escaped.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The font families of body text (仿宋) and titles (小标宋), with their stand-ins.
    static let bodyFontFamilies = #""FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif"#
    static let titleFontFamilies = #""FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "SimSun", serif"#

    /// A4 with the GB/T 9704 margins, "— 1 —" page numbers on the outside edge, and the grey
    /// desk the page lies on on screen: shared by reports and letters.
    static let pageRules = """

        @page { size: A4; margin: 37mm 26mm 35mm 28mm;
          @bottom-right { content: "— " counter(page) " —"; font: 14pt "SimSun", "宋体", "Noto Serif CJK SC", serif; } }
        @page :left { @bottom-left { content: "— " counter(page) " —"; font: 14pt "SimSun", "宋体", "Noto Serif CJK SC", serif; }
          @bottom-right { content: none; } }
        body { margin: 0; background: #f4f4f1; color: #111; }
        h1 { font: 22pt/1.5 \(titleFontFamilies); font-weight: normal; text-align: center; margin: 0 0 1em; }

        """

    static let stylesheet = pageRules + """
        .report { max-width: 156mm; margin: 2em auto; padding: 2em 3em; background: #fff;
          font: 16pt/1.6 \(bodyFontFamilies); }
        h2 { font: 16pt/1.6 "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal;
          text-indent: 2em; margin: 0; break-after: avoid; }
        p { text-indent: 2em; margin: 0; text-align: justify; }
        table.statutory { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.6em 0 1em;
          font: 10pt/1.35 "SimSun", "宋体", "Noto Serif CJK SC", serif; }
        table.statutory th, table.statutory td { border: 1px solid #000; padding: 2px 3px; overflow-wrap: anywhere; }
        table.statutory th { font-weight: normal; text-align: center; vertical-align: middle; }
        table.statutory th[scope="row"] { text-align: left; }
        table.statutory th.block { text-align: left; background: #c6d9f1; }
        table.statutory td.num { text-align: right; font-variant-numeric: tabular-nums; vertical-align: middle; }
        table.statutory tr { break-inside: avoid; }
        @media print {
          body { background: none; }
          .report { margin: 0; padding: 0; max-width: none; }
          table.statutory th.block { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
