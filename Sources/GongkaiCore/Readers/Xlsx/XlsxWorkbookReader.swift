/// Reads the first worksheet of an Excel workbook (.xlsx) — a ledger (台账) handed in by a user —
/// through the same hardened path as the report readers: the zip directory is read with bounds
/// checks and every part inflated under a cap (`DocxArchive`), every XML part refused when it
/// declares a document type or entities and parsed without network, DTD or entity expansion
/// (`DocxXML`), and the worksheet streamed row by row under a row cap and a cell cap.
///
/// Cells come back as text: shared and inline strings, numbers as written in the file
/// ("45720", "13800000000"; a date column holds the Excel serial day), booleans as TRUE/FALSE.
/// Each cell lands in the column its reference names, so skipped empty cells keep their place.
public enum XlsxWorkbookReader {
    /// The caps a read stays within.
    public struct Limits: Sendable, Hashable {
        /// The most bytes one part may unpack to.
        public var partSize: Int
        /// The most rows (`<row>` elements) a worksheet may have.
        public var rows: Int
        /// The most cells the rows may hold once laid out left to right (rows × their widths).
        public var cells: Int

        /// Caps far above any real ledger (an agency's busiest year is some tens of thousands
        /// of requests) and far below what would exhaust memory.
        public static let standard = Limits(partSize: 64 << 20, rows: 200_000, cells: 20_000_000)

        /// Caps of your own (tests make a bomb go off quickly).
        public init(partSize: Int, rows: Int, cells: Int) {
            self.partSize = partSize
            self.rows = rows
            self.cells = cells
        }
    }

    /// One worksheet row: its row number in the sheet and its cells from column A.
    public struct Row: Sendable, Hashable {
        /// The 1-based row number (the `r` attribute, as Excel shows it).
        public let number: Int
        /// The cells from column A to the last one with content ("" for an empty one).
        public let cells: [String]
    }

    /// The last column a worksheet can have (XFD), 0-based.
    static let lastColumn = 16_383

    /// The rows of the workbook's first worksheet.
    public static func firstSheet(_ bytes: [UInt8], limits: Limits = .standard) throws(XlsxReadError) -> [Row] {
        let sheetPath = try firstSheetPath(bytes, limits: limits)
        guard let sheet = try part(sheetPath, of: bytes, limits: limits) else { throw XlsxReadError(.noWorksheet) }
        let shared = try part("xl/sharedStrings.xml", of: bytes, limits: limits).map { data throws(XlsxReadError) in
            try sharedStrings(data)
        } ?? []
        return try XlsxSheetParser.rows(sheet, part: sheetPath, sharedStrings: shared, limits: limits)
    }

    /// The bytes of the part at `path`, or `nil` when the archive has none.
    static func part(_ path: String, of bytes: [UInt8], limits: Limits) throws(XlsxReadError) -> [UInt8]? {
        do {
            return try DocxArchive.extract(path, from: bytes, limit: limits.partSize)
        } catch .notWordDocument {
            return nil
        } catch {
            throw translate(error, part: path)
        }
    }

    /// The path of the first sheet the workbook lists (workbook.xml, then its relationships);
    /// `xl/worksheets/sheet1.xml` when the workbook does not say.
    static func firstSheetPath(_ bytes: [UInt8], limits: Limits) throws(XlsxReadError) -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        guard let workbook = try part("xl/workbook.xml", of: bytes, limits: limits) else { return fallback }
        var relationshipID: String?
        try XlsxStream.walk(workbook, part: "xl/workbook.xml") { node throws(XlsxReadError) in
            if case .start("sheet", let attributes) = node {
                relationshipID = attributes["id"]
                return false
            }
            return true
        }
        guard let relationshipID,
            let relationships = try part("xl/_rels/workbook.xml.rels", of: bytes, limits: limits)
        else { return fallback }
        var target: String?
        try XlsxStream.walk(relationships, part: "xl/_rels/workbook.xml.rels") { node throws(XlsxReadError) in
            if case .start("Relationship", let attributes) = node, attributes["Id"] == relationshipID {
                target = attributes["Target"]
                return false
            }
            return true
        }
        guard let target, !target.isEmpty else { return fallback }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// xl/sharedStrings.xml: the text of each `<si>`, its `<t>` runs joined, phonetic runs skipped.
    static func sharedStrings(_ bytes: [UInt8]) throws(XlsxReadError) -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var phoneticDepth = 0
        try XlsxStream.walk(bytes, part: "xl/sharedStrings.xml") { node throws(XlsxReadError) in
            switch node {
            case .start("si", _): current = ""
            case .start("rPh", _): phoneticDepth += 1
            case .start("t", _): inText = phoneticDepth == 0
            case .end("si"): strings.append(current)
            case .end("rPh"): phoneticDepth -= 1
            case .end("t"): inText = false
            case .text(let text): if inText { current += text }
            default: break
            }
            return true
        }
        return strings
    }

    /// The reader's reasons in the workbook's terms.
    static func translate(_ reason: ReadError.Reason, part: String = "") -> XlsxReadError {
        switch reason {
        case .archiveTooLarge(let limit): XlsxReadError(.partTooLarge(part: part, limit: limit))
        case .xmlDeclarationsRefused(let part): XlsxReadError(.xmlDeclarationsRefused(part: part))
        case .malformedXML(let part, let line, let detail): XlsxReadError(.malformedXML(part: part, line: line, detail: detail))
        case .corruptArchive(let detail): XlsxReadError(.corruptArchive(detail: detail))
        default: XlsxReadError(.corruptArchive(detail: reason.message))
        }
    }
}
