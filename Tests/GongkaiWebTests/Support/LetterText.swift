import Foundation
import GongkaiCore

/// The text of a downloaded letter, read with the project's own readers (pdftotext for PDF,
/// the DOCX reader for Word), without spaces so that line breaks cannot split a number.
enum LetterText {
    enum Format: String { case pdf, docx }

    /// The letter's format by its first bytes, if it is a PDF or a DOCX (zip) file.
    static func format(of bytes: Data) -> Format? {
        if bytes.starts(with: Data("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: Data([0x50, 0x4B, 0x03, 0x04])) { return .docx }
        return nil
    }

    static func text(of bytes: Data) throws -> String {
        let document: SourceDocument
        switch format(of: bytes) {
        case .pdf:
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-letter-\(UUID().uuidString).pdf")
            try bytes.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            document = try PDFReader().read(contentsOf: file)
        case .docx:
            document = try DocxReader.read([UInt8](bytes))
        case nil:
            return ""
        }
        let text = document.paragraphs.joined() + document.tables.flatMap { $0.rows.flatMap { $0.map(\.text) } }.joined()
        return String(text.filter { !$0.isWhitespace })
    }
}
