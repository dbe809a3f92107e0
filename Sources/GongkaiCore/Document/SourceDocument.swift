/// A document as a reader sees it, before extraction: paragraphs and tables in reading order.
///
/// Every reader (txt, HTML, DOCX, PDF, Markdown) produces this one shape; extraction into a
/// `Report` works on it alone, so a new format needs only a new reader.
public struct SourceDocument: Sendable, Hashable {
    public var blocks: [SourceBlock]

    public init(blocks: [SourceBlock] = []) { self.blocks = blocks }

    /// The paragraphs' text, in order (tables left out).
    public var paragraphs: [String] {
        blocks.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }
    }

    /// The tables, in order.
    public var tables: [SourceTable] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }
}

/// A paragraph of prose, or a table.
public enum SourceBlock: Sendable, Hashable {
    case paragraph(String)
    case table(SourceTable)
}

/// A table as written: rows of cells, each cell once, with its spans.
///
/// Cells are not expanded into a grid: a cell merged across columns appears once with its
/// `columnSpan`. A cell that continues a vertical merge from the row above appears as an empty
/// cell with `continuesMerge` set where the format says so (DOCX `vMerge`); formats that do not
/// say so (text extracted from Word) give a plain empty cell.
public struct SourceTable: Sendable, Hashable {
    public var rows: [[SourceCell]]

    public init(rows: [[SourceCell]] = []) { self.rows = rows }
}

/// One cell of a `SourceTable`.
public struct SourceCell: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The cell's text; paragraphs and line breaks inside the cell are kept as "\n".
    public var text: String
    public var columnSpan: Int
    public var rowSpan: Int
    /// The cell continues a vertical merge begun above (DOCX `<w:vMerge/>`); its text is empty.
    public var continuesMerge: Bool

    public init(_ text: String, columnSpan: Int = 1, rowSpan: Int = 1, continuesMerge: Bool = false) {
        self.text = text
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.continuesMerge = continuesMerge
    }

    public init(stringLiteral value: String) { self.init(value) }
}

/// The formats Gongkai reads. The reader is chosen by content, not by the file's extension alone.
public enum SourceFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// Text as extracted from Word: one table cell per line behind a tab (the seeds).
    case text = "txt"
    /// `pdftotext -layout` output: table rows on lines, page breaks as form feeds.
    case layoutText = "layout"
    case html
    case docx
    case pdf
    case markdown = "md"
    /// The canonical JSON of `report-json.md`.
    case json

    /// The name shown to users.
    public var displayName: String {
        switch self {
        case .text: "文本（Word 导出）"
        case .layoutText: "版式文本（pdftotext）"
        case .html: "HTML 网页"
        case .docx: "Word 文档（.docx）"
        case .pdf: "PDF"
        case .markdown: "Markdown"
        case .json: "标准 JSON"
        }
    }
}
