/// Writes a report as a Word document (.docx) in the official layout: A4 with the GB/T 9704
/// margins, the title in 2号 方正小标宋简体, body text in 3号 仿宋_GB2312, headings in 黑体 (一、)
/// and 楷体_GB2312 (（一）), the three tables as real Word tables with the official merges, and
/// "— 1 —" page numbers on the outside edge.
///
/// Word and WPS substitute fonts by name when one is not installed; LibreOffice maps them to the
/// installed CJK fonts (Noto CJK on Debian). `DocxReader` reads the document back into the same
/// report: every paragraph, heading and cell is written as the readers expect it.
public enum DocxRenderer {
    /// The .docx bytes of `report`, in the official style unless `layout` says otherwise.
    public static func render(_ report: Report, layout: DocxLayout = .official) throws(RenderError) -> [UInt8] {
        try render(ReportDocument(report), layout: layout, creator: report.agency)
    }

    /// The .docx bytes of an already laid-out document.
    public static func render(
        _ document: ReportDocument, layout: DocxLayout = .official, creator: String? = nil
    ) throws(RenderError) -> [UInt8] {
        try DocxParts.package(
            documentXML: documentXML(document, layout: layout), title: document.title, creator: creator,
            styles: DocxStyles.xml(layout))
    }

    /// `word/document.xml`: title, preamble, then each section's heading, paragraphs and table.
    /// With `layout.landscapeRequestsTable`, section 三 stands on landscape pages of its own.
    static func documentXML(_ document: ReportDocument, layout: DocxLayout = .official) -> String {
        var xml = XMLWriter()
        xml.element(
            "w:document", [("xmlns:w", DocxParts.wordNamespace), ("xmlns:r", DocxParts.relationshipsNamespace)]
        ) { xml in
            xml.element("w:body") { xml in
                titleParagraph(document.title, layout: layout, into: &xml)
                for line in document.preamble { paragraph(line, into: &xml) }
                for section in document.sections {
                    let landscape = layout.landscapeRequestsTable && section.table?.table == .requests
                    // A section ends with the paragraph that carries its properties.
                    if landscape { sectionBreak(layout, landscape: false, into: &xml) }
                    paragraph(section.heading, style: "Heading1", into: &xml)
                    for text in section.paragraphs { bodyParagraph(text, into: &xml) }
                    if let grid = section.table {
                        DocxTableWriter.write(grid, layout: layout, landscape: landscape, into: &xml)
                        if let note = section.tableNote { paragraph(note, into: &xml) }
                        if landscape {
                            sectionBreak(layout, landscape: true, into: &xml)
                        } else if section.tableNote == nil {
                            xml.element("w:p") { _ in }  // space after the table; Word needs a paragraph after a table
                        }
                    }
                }
                sectionProperties(layout, landscape: false, into: &xml)
            }
        }
        return xml.text
    }

    /// The title in one paragraph, over as many lines as it needs (`TitleLines`), broken where
    /// the sense allows, as GB/T 9704 sets titles; the readers join the lines again.
    static func titleParagraph(_ title: String, layout: DocxLayout = .official, into xml: inout XMLWriter) {
        titleParagraph(lines: titleLines(title, layout: layout), into: &xml)
    }

    /// A title set over `lines`, broken with `w:br` in one paragraph.
    static func titleParagraph(lines: [String], into xml: inout XMLWriter) {
        xml.element("w:p") { xml in
            xml.element("w:pPr") { $0.empty("w:pStyle", [("w:val", "Title")]) }
            for (index, line) in lines.enumerated() {
                if index > 0 { xml.element("w:r") { $0.empty("w:br") } }
                run(line, into: &xml)
            }
        }
    }

    /// The lines of `title` set in the layout's title type across its text block.
    static func titleLines(_ title: String, layout: DocxLayout = .official) -> [String] {
        TitleLines.lines(title, width: Double(layout.textWidth) / Double(layout.titleSize * 10))
    }

    /// Characters of 2号 type on one line of the official text block (official letters' titles).
    static let titleLineWidth = Double(DocxStyle.textWidth) / Double(DocxStyle.titleSize * 10)

    /// The width of `text` in em: Chinese characters take one, digits and Latin letters half.
    static func displayWidth(_ text: String) -> Double {
        text.reduce(0) { $0 + (CJKText.isCJK($1) ? 1 : 0.5) }
    }

    /// A body paragraph; one that opens with a level-2 heading ("（一）主动公开情况。…") sets the
    /// heading in 楷体 and the rest in 仿宋, as official documents run headings into the text.
    static func bodyParagraph(_ text: String, into xml: inout XMLWriter) {
        switch LevelTwoHeading.split(text) {
        case .whole:
            paragraph(text, style: "Heading2", into: &xml)
        case .runIn(let heading, let rest):
            xml.element("w:p") { xml in
                run(heading, characterStyle: "Heading2Char", into: &xml)
                run(rest, into: &xml)
            }
        case nil:
            paragraph(text, into: &xml)
        }
    }

    static func paragraph(_ text: String, style: String? = nil, into xml: inout XMLWriter) {
        xml.element("w:p") { xml in
            if let style { xml.element("w:pPr") { $0.empty("w:pStyle", [("w:val", style)]) } }
            run(text, into: &xml)
        }
    }

    /// A run of text; tabs become `w:tab`, and spaces are preserved.
    static func run(_ text: String, characterStyle: String? = nil, into xml: inout XMLWriter) {
        guard !text.isEmpty else { return }
        xml.element("w:r") { xml in
            if let characterStyle { xml.element("w:rPr") { $0.empty("w:rStyle", [("w:val", characterStyle)]) } }
            for (index, piece) in text.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { xml.empty("w:tab") }
                if !piece.isEmpty { xml.element("w:t", [("xml:space", "preserve")], text: String(piece)) }
            }
        }
    }

    /// An empty paragraph that ends a section (portrait, or the landscape one of table 3).
    private static func sectionBreak(_ layout: DocxLayout, landscape: Bool, into xml: inout XMLWriter) {
        xml.element("w:p") { xml in
            xml.element("w:pPr") { sectionProperties(layout, landscape: landscape, into: &$0) }
        }
    }

    /// A4 with the layout's margins (turned with a landscape page), odd and even page-number footers.
    static func sectionProperties(
        _ layout: DocxLayout = .official, landscape: Bool = false, into xml: inout XMLWriter
    ) {
        xml.element("w:sectPr") { xml in
            xml.empty("w:footerReference", [("w:type", "default"), ("r:id", DocxParts.oddFooterID)])
            xml.empty("w:footerReference", [("w:type", "even"), ("r:id", DocxParts.evenFooterID)])
            xml.empty("w:type", [("w:val", "nextPage")])
            if landscape {
                xml.empty(
                    "w:pgSz",
                    [("w:w", "\(DocxStyle.pageHeight)"), ("w:h", "\(DocxStyle.pageWidth)"), ("w:orient", "landscape")])
            } else {
                xml.empty("w:pgSz", [("w:w", "\(DocxStyle.pageWidth)"), ("w:h", "\(DocxStyle.pageHeight)")])
            }
            let (top, right, bottom, left) =
                landscape
                ? (layout.marginRight, layout.marginBottom, layout.marginLeft, layout.marginTop)
                : (layout.marginTop, layout.marginRight, layout.marginBottom, layout.marginLeft)
            xml.empty(
                "w:pgMar",
                [
                    ("w:top", "\(top)"), ("w:right", "\(right)"), ("w:bottom", "\(bottom)"), ("w:left", "\(left)"),
                    ("w:header", "\(DocxStyle.headerDistance)"), ("w:footer", "\(DocxStyle.footerDistance)"),
                    ("w:gutter", "0"),
                ])
            xml.empty("w:cols", [("w:space", "425")])
        }
    }
}

/// A level-2 heading at the start of a paragraph: "（一）" … "（十）" and a short phrase.
enum LevelTwoHeading: Equatable {
    /// The paragraph is the heading ("（一）主动公开情况").
    case whole
    /// The paragraph opens with the heading ("（一）主动公开情况。") followed by text.
    case runIn(heading: String, rest: String)

    /// Headings longer than this are sentences, not headings.
    static let maximumLength = 30

    static func split(_ text: String) -> LevelTwoHeading? {
        guard text.first == "（", let close = text.firstIndex(of: "）") else { return nil }
        let numeral = text[text.index(after: text.startIndex)..<close]
        guard !numeral.isEmpty, numeral.count <= 2, numeral.allSatisfy({ ChineseNumerals.value(of: $0) != nil }) else {
            return nil
        }
        if let stop = text.firstIndex(where: { $0 == "。" || $0 == "：" }),
            text.distance(from: text.startIndex, to: stop) < maximumLength
        {
            let end = text.index(after: stop)
            return end == text.endIndex ? .whole : .runIn(heading: String(text[..<end]), rest: String(text[end...]))
        }
        return text.count <= maximumLength && !text.contains("，") ? .whole : nil
    }
}
