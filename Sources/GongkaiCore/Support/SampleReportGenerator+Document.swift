extension SampleReportGenerator {
    /// A generated report as a document: the report, and how its Word (and so PDF) document is
    /// written — layout, amounts with or without their unit, a preamble listing the sections.
    public struct SampleDocument: Sendable {
        public var report: Report
        public var layout: DocxLayout
        public var amounts: ReportDocument.AmountNotation
        /// Paragraphs before section 一 beyond those the report needs (which name the sections).
        public var preamble: [String]

        /// The document the renderers write.
        public var document: ReportDocument {
            var document = ReportDocument(report, amounts: amounts)
            document.preamble = preamble + document.preamble
            return document
        }
    }

    /// A varied report (`variedReport`) set the way agencies set theirs: Word-like and WPS-like
    /// layouts (fonts, margins, line spacing, table widths, cells aligned to the top or centred,
    /// table 3 on landscape pages, headers repeated or not), amounts written with their unit
    /// ("3766.32 万元", "3766.32万", "37,663,200 元"), and preambles that list the six sections
    /// (wrapped so that a line may begin with a section's name).
    public mutating func variedDocument(template: TemplateVersion? = nil, variation: Variation = .all) -> SampleDocument {
        let report = variedReport(template: template, variation: variation)
        let amounts: ReportDocument.AmountNotation =
            switch roll(8) {
            case 0: .wanSpaced
            case 1: .wan
            case 2: .yuan
            default: .plain
            }
        var preamble: [String] = []
        if roll(3) == 0 { preamble.append(sectionListing()) }
        return SampleDocument(report: report, layout: variedLayout(), amounts: amounts, preamble: preamble)
    }

    /// A sentence listing the six sections by name, after an opening of varying length.
    private mutating func sectionListing() -> String {
        let openings = [
            "全文包括", "本报告全文包括", "本年度报告分为以下几个部分：", "根据《中华人民共和国政府信息公开条例》要求，本报告内容包括",
            "按照国务院办公厅政府信息与政务公开办公室印发的年度报告格式，本报告依次为", "报告共分六个部分，分别是",
        ]
        let names = Templates.sections.map(\.heading)
        return openings.randomElement(using: &random)! + names.joined(separator: "、") + "。"
    }

    /// A Word or WPS layout: the official one, or one of the usual departures from it.
    mutating func variedLayout() -> DocxLayout {
        var layout = DocxLayout()
        switch roll(3) {
        case 0:
            break  // the official style
        case 1:
            // Word: 2.54/3.17 cm margins, single or 1.5 spacing, text at the top of cells, rows
            // breaking across pages, the header repeated.
            layout.marginTop = 1440
            layout.marginBottom = 1440
            layout.marginLeft = [1800, 1588, 1247].randomElement(using: &random)!
            layout.marginRight = layout.marginLeft
            layout.bodyFont = ["宋体", DocxStyle.bodyFont, "微软雅黑"].randomElement(using: &random)!
            layout.latinFont = ["Times New Roman", "Calibri", "Arial"].randomElement(using: &random)!
            layout.bodySize = [28, 30, 32].randomElement(using: &random)!
            layout.titleSize = [36, 40, 44].randomElement(using: &random)!
            layout.tableSize = [18, 20, 21].randomElement(using: &random)!
            layout.bodySpacing = [.multiple(1.0), .multiple(1.15), .multiple(1.5)].randomElement(using: &random)!
            layout.tableSpacing = .multiple(1.0)
            layout.rowsBreakAcrossPages = true
            if roll(3) == 0 {
                layout.indentsFirstLine = false
                layout.spaceAfter = 160
            }
        default:
            // WPS: exact spacing, text centred in cells as the official template prints it,
            // tables a little wider or narrower than the text, the header not repeated.
            layout.marginTop = [1440, 2098].randomElement(using: &random)!
            layout.marginBottom = [1440, 1984].randomElement(using: &random)!
            layout.marginLeft = [1803, 1587, 1417].randomElement(using: &random)!
            layout.marginRight = [1803, 1474, 1417].randomElement(using: &random)!
            layout.titleFont = [DocxStyle.titleFont, "黑体", "宋体"].randomElement(using: &random)!
            layout.tableFont = ["宋体", DocxStyle.bodyFont, "黑体"].randomElement(using: &random)!
            layout.bodySize = [30, 32].randomElement(using: &random)!
            layout.titleSize = [40, 44].randomElement(using: &random)!
            layout.tableSize = [18, 20, 21].randomElement(using: &random)!
            layout.bodySpacing = .exact([560, 579, 600].randomElement(using: &random)!)
            layout.tableSpacing = [.exact(280), .exact(300), .multiple(1.0)].randomElement(using: &random)!
            layout.cellAlignment = .center
            layout.repeatsHeader = roll(2) == 0
            layout.rowsBreakAcrossPages = roll(2) == 0
            layout.tableWidth = [0.94, 1.0, 1.06].randomElement(using: &random)!
        }
        layout.landscapeRequestsTable = roll(6) == 0
        return layout
    }
}
