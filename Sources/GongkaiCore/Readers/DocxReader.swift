import CLibXML2

/// Reads a Word document (.docx) into paragraphs and tables in reading order.
///
/// Only `word/document.xml` is read: headers, footers, footnotes and comments live in other parts
/// and are not part of a report's body.
public enum DocxReader {
    /// The most bytes `word/document.xml` may unpack to; beyond it the archive is treated as a
    /// zip bomb. Real annual reports stay far below (a few MB at most).
    public static let maximumPartSize = 64 << 20

    /// The part that holds the document body.
    static let documentPart = "word/document.xml"

    /// Reads the bytes of a .docx file.
    ///
    /// - Paragraphs (`w:p`) become paragraphs; a `w:br`/`w:cr` splits one into several; a tab
    ///   reads as a space; deleted text (`w:delText`, `w:del`) and field codes are left out.
    /// - Tables (`w:tbl`) become `SourceTable`s with `gridSpan` as `columnSpan` and vertical
    ///   merges as `rowSpan` on the first cell and `continuesMerge` on the rest.
    ///
    /// - Throws: `.corruptArchive`, `.notWordDocument`, `.archiveTooLarge`,
    ///   `.xmlDeclarationsRefused` or `.malformedXML`.
    public static func read(_ bytes: [UInt8]) throws(ReadError.Reason) -> SourceDocument {
        try read(bytes, partSizeLimit: maximumPartSize)
    }

    /// `read(_:)` with a different size cap, so tests can make a bomb go off quickly.
    static func read(_ bytes: [UInt8], partSizeLimit: Int) throws(ReadError.Reason) -> SourceDocument {
        let xml = try DocxArchive.extract(documentPart, from: bytes, limit: partSizeLimit)
        let document = try DocxXML.parse(xml, part: documentPart)
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return SourceDocument() }
        let body = WordProperties.child(of: root, named: NameKey("body")) ?? root
        return SourceDocument(blocks: DocxContentWalker.blocks(of: body))
    }
}
