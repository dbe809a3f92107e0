/// Writes a report as a Word document (.docx) in the official layout: A4 with the GB/T 9704
/// margins, the title in 2号 方正小标宋简体, body text in 3号 仿宋_GB2312, headings in 黑体 (一、)
/// and 楷体_GB2312 (（一）), the three tables as real Word tables with the official merges, and
/// "— 1 —" page numbers on the outside edge.
///
/// Word and WPS substitute fonts by name when one is not installed; LibreOffice maps them to the
/// installed CJK fonts (Noto CJK on Debian). `DocxReader` reads the document back into the same
/// report: every paragraph, heading and cell is written as the readers expect it.
public enum DocxRenderer {
    /// The .docx bytes of `report`.
    public static func render(_ report: Report) throws(RenderError) -> [UInt8] {
        try render(ReportDocument(report), creator: report.agency)
    }

    /// The .docx bytes of an already laid-out document.
    public static func render(_ document: ReportDocument, creator: String? = nil) throws(RenderError) -> [UInt8] {
        try DocxParts.package(documentXML: documentXML(document), title: document.title, creator: creator)
    }

    /// `word/document.xml`: title, preamble, then each section's heading, paragraphs and table.
    static func documentXML(_ document: ReportDocument) -> String {
        var xml = XMLWriter()
        xml.element(
            "w:document", [("xmlns:w", DocxParts.wordNamespace), ("xmlns:r", DocxParts.relationshipsNamespace)]
        ) { xml in
            xml.element("w:body") { xml in
                titleParagraph(document.title, into: &xml)
                for line in document.preamble { paragraph(line, into: &xml) }
                for section in document.sections {
                    paragraph(section.heading, style: "Heading1", into: &xml)
                    for text in section.paragraphs { bodyParagraph(text, into: &xml) }
                    if let grid = section.table {
                        DocxTableWriter.write(grid, into: &xml)
                        if let note = section.tableNote {
                            paragraph(note, into: &xml)
                        } else {
                            xml.element("w:p") { _ in }  // space after the table; Word needs a paragraph after a table
                        }
                    }
                }
                sectionProperties(into: &xml)
            }
        }
        return xml.text
    }

    /// The title in one paragraph; a title too long for one line breaks after the agency
    /// ("某某市某某局" / "2024年政府信息公开工作年度报告"), as GB/T 9704 sets titles over lines by
    /// sense, and as the readers join the two lines again.
    static func titleParagraph(_ title: String, into xml: inout XMLWriter) {
        titleParagraph(lines: titleLines(title), into: &xml)
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

    /// Characters of 2号 type on one line of the text block.
    static let titleLineWidth = Double(DocxStyle.textWidth) / Double(DocxStyle.titleSize * 10)

    static func titleLines(_ title: String) -> [String] {
        guard displayWidth(title) > titleLineWidth, let agency = MetadataExtractor.agencyInTitle(title),
            title.hasPrefix(agency), MetadataExtractor.isAgencyLike(agency)
        else { return [title] }
        let rest = String(title.dropFirst(agency.count))
        guard MetadataExtractor.agencyInTitle(rest) == nil, !rest.isEmpty else { return [title] }
        return [agency, rest]
    }

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

    /// A4 portrait, GB/T 9704 margins, odd and even page-number footers.
    static func sectionProperties(into xml: inout XMLWriter) {
        xml.element("w:sectPr") { xml in
            xml.empty("w:footerReference", [("w:type", "default"), ("r:id", DocxParts.oddFooterID)])
            xml.empty("w:footerReference", [("w:type", "even"), ("r:id", DocxParts.evenFooterID)])
            xml.empty("w:pgSz", [("w:w", "\(DocxStyle.pageWidth)"), ("w:h", "\(DocxStyle.pageHeight)")])
            xml.empty(
                "w:pgMar",
                [
                    ("w:top", "\(DocxStyle.marginTop)"), ("w:right", "\(DocxStyle.marginRight)"),
                    ("w:bottom", "\(DocxStyle.marginBottom)"), ("w:left", "\(DocxStyle.marginLeft)"),
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
