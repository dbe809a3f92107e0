/// The page, fonts and sizes of the official document (GB/T 9704—2012《党政机关公文格式》), in
/// Word's units: twips (1/20 pt, 1/1440 inch) for lengths, half-points for font sizes.
enum DocxStyle {
    // MARK: Page: A4 with the GB/T 9704 margins

    static let pageWidth = 11906
    static let pageHeight = 16838
    /// 37 mm, 35 mm, 28 mm, 26 mm.
    static let marginTop = 2098
    static let marginBottom = 1984
    static let marginLeft = 1587
    static let marginRight = 1474
    /// The page number stands 7 mm below the text block: about 23 mm above the paper's edge.
    static let footerDistance = 1304
    static let headerDistance = 851
    /// The width of the text block: 156 mm.
    static let textWidth = pageWidth - marginLeft - marginRight

    /// 22 lines to the page: a fixed line pitch of 28.95 pt.
    static let linePitch = 579
    /// Table text sits on a fixed 14 pt pitch and every body cell is aligned to the top, so all the
    /// text of a table lies on one grid of baselines: a row's label, its numbers and the group
    /// labels beside it share lines, which keeps each row on one line of the PDF's text.
    static let tableLinePitch = 280

    // MARK: Fonts, named as Word and WPS on Chinese Windows know them

    static let titleFont = "方正小标宋简体"
    static let bodyFont = "仿宋_GB2312"
    static let level1Font = "黑体"
    static let level2Font = "楷体_GB2312"
    static let tableFont = "宋体"
    static let pageNumberFont = "宋体"
    /// Digits and Latin letters in body text and tables.
    static let latinFont = "Times New Roman"

    /// Sizes in half-points: 2号 (22 pt), 3号 (16 pt), 4号 (14 pt), and 10 pt in tables as the
    /// official template sets them.
    static let titleSize = 44
    static let bodySize = 32
    static let pageNumberSize = 28
    static let tableSize = 20

    /// The fill of table 2's block captions in the official template.
    static let captionFill = "C6D9F1"

    /// Two characters of 3号 text: the first-line indent of body paragraphs and headings.
    static let firstLineIndent = 640

    /// Every font the document names, with the names Word, WPS and LibreOffice may know it by.
    static let fonts: [(name: String, alternate: String?, family: String, pitch: String, charset: String)] = [
        (titleFont, "方正小标宋_GBK", "script", "variable", "86"),
        (bodyFont, "仿宋", "modern", "fixed", "86"),
        (level1Font, "SimHei", "modern", "fixed", "86"),
        (level2Font, "楷体", "modern", "fixed", "86"),
        (tableFont, "SimSun", "auto", "variable", "86"),
        (latinFont, nil, "roman", "variable", "00"),
    ]
}
