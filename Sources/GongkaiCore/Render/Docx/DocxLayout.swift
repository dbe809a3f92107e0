/// How a Word document is set: the official style of `DocxStyle` by default. Agencies write
/// their reports in Word or WPS with other fonts, margins, line spacing and table widths; the
/// sample generator varies these to test the readers on documents made the ways agencies make them.
public struct DocxLayout: Sendable, Hashable {
    /// Line spacing of a paragraph style: an exact pitch in twips, or a multiple of single spacing.
    public enum LineSpacing: Sendable, Hashable {
        case exact(Int)
        case multiple(Double)
    }

    /// Where text sits in a table's body cells.
    public enum CellAlignment: String, Sendable, Hashable {
        case top
        case center
    }

    public var titleFont = DocxStyle.titleFont
    public var bodyFont = DocxStyle.bodyFont
    public var headingFont = DocxStyle.level1Font
    public var tableFont = DocxStyle.tableFont
    public var latinFont = DocxStyle.latinFont
    /// Sizes in half-points.
    public var titleSize = DocxStyle.titleSize
    public var bodySize = DocxStyle.bodySize
    public var tableSize = DocxStyle.tableSize
    /// Page margins in twips.
    public var marginTop = DocxStyle.marginTop
    public var marginRight = DocxStyle.marginRight
    public var marginBottom = DocxStyle.marginBottom
    public var marginLeft = DocxStyle.marginLeft
    public var bodySpacing = LineSpacing.exact(DocxStyle.linePitch)
    public var tableSpacing = LineSpacing.exact(DocxStyle.tableLinePitch)
    /// Body paragraphs begin with a two-character indent (otherwise with space above).
    public var indentsFirstLine = true
    /// Space after each body paragraph, in twips.
    public var spaceAfter = 0
    /// The tables' width as a share of the text block (WPS tables often stand out into the margins).
    public var tableWidth = 1.0
    public var cellAlignment = CellAlignment.top
    /// Table 3's header rows repeat at the top of each page it continues on.
    public var repeatsHeader = true
    /// A table row may break across pages (Word's default; the official style keeps rows whole).
    public var rowsBreakAcrossPages = false
    /// Table 3 stands on landscape pages of its own, as wide tables often do.
    public var landscapeRequestsTable = false

    public init() {}

    /// The official style.
    public static let official = DocxLayout()

    /// The width of the text block on a portrait page, in twips.
    var textWidth: Int { DocxStyle.pageWidth - marginLeft - marginRight }

    /// The width of the text block on a landscape page (the margins turn with the page).
    var landscapeTextWidth: Int { DocxStyle.pageHeight - marginTop - marginBottom }
}
