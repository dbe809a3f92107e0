/// The formats Gongkai writes a report in.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// The official Word document.
    case docx
    /// The official document as PDF (through LibreOffice).
    case pdf
    /// One self-contained page for screen and print.
    case html
    /// The tables on the official grid, and a long-format data sheet.
    case xlsx
    /// Long format, one line per table cell.
    case csv
    case markdown = "md"
    /// The canonical JSON (`gongkai.report/1`).
    case json
    /// Text as Word-to-text tools extract a .docx (the layout of the seeds).
    case text = "txt"

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// Whether the output is text (and may go to standard output).
    public var isText: Bool {
        switch self {
        case .docx, .pdf, .xlsx: false
        case .html, .csv, .markdown, .json, .text: true
        }
    }

    /// The name shown to users.
    public var displayName: String {
        switch self {
        case .docx: "Word 文档（.docx）"
        case .pdf: "PDF"
        case .html: "HTML 网页"
        case .xlsx: "Excel 工作簿（.xlsx）"
        case .csv: "CSV（长表）"
        case .markdown: "Markdown"
        case .json: "标准 JSON"
        case .text: "文本（Word 导出格式）"
        }
    }
}

/// Writes reports in any `OutputFormat`, all from the one template definition.
public struct ReportRenderer: Sendable {
    public var pdf = PDFRenderer()

    public init() {}

    /// The bytes of `report` in `format`.
    public func render(_ report: Report, as format: OutputFormat) throws(RenderError) -> [UInt8] {
        try render([report], as: format)[0]
    }

    /// Each report in `format`, in order; PDFs come from one LibreOffice run.
    public func render(_ reports: [Report], as format: OutputFormat) throws(RenderError) -> [[UInt8]] {
        switch format {
        case .pdf: return try pdf.render(reports)
        case .docx: return try reports.map { report throws(RenderError) in try DocxRenderer.render(report) }
        case .xlsx: return try reports.map { report throws(RenderError) in try XlsxRenderer.render(report) }
        case .html: return reports.map { Array(HTMLRenderer.render($0).utf8) }
        case .csv: return reports.map { Array(CSVRenderer.render($0).utf8) }
        case .markdown: return reports.map { Array(MarkdownRenderer.render($0).utf8) }
        case .json: return reports.map { Array(($0.canonicalJSON() + "\n").utf8) }
        case .text: return reports.map { Array(TextRenderer.render($0).utf8) }
        }
    }
}
