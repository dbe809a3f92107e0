import Foundation

/// Reads a PDF from the positions of its words: `pdftotext -bbox` (Debian package poppler-utils)
/// gives every word with its box, and `PositionalReader` reads lines, paragraphs, the title and
/// the tables' columns from where the words sit on the page.
///
/// A PDF without a text layer (a scan: every page an image) is refused with `.scannedPDF`.
/// Gongkai does not read scans by OCR: tried with tesseract (chi_sim) on scans of generated
/// reports, it read a quarter of the table cells right, and an auditor must not guess numbers.
public struct PDFReader: Sendable {
    public var tool = ExternalTool(name: "pdftotext", package: "poppler-utils")
    /// Seconds one conversion may take.
    public var timeout: TimeInterval = 60

    public init() {}

    /// Reads the PDF at `url`.
    public func read(contentsOf url: URL) throws(ReadError.Reason) -> SourceDocument {
        PositionalReader.read(try pages(of: .file(url)))
    }

    /// Reads PDF `bytes` (handed to pdftotext on its standard input: no temporary file).
    public func read(_ bytes: [UInt8]) throws(ReadError.Reason) -> SourceDocument {
        PositionalReader.read(try pages(of: .bytes(bytes)))
    }

    /// Where pdftotext reads the PDF from.
    enum Source {
        case file(URL)
        /// Piped to its standard input ("-"). poppler then reads the document in large chunks from
        /// memory, where from a file it makes a system call per 256 bytes (1,500 per report,
        /// about a tenth of its time); the words it gives are the same.
        case bytes([UInt8])
    }

    /// The words of every page. A PDF whose pages hold (almost) no text is a scan: pages of
    /// images, which only OCR could read. A few scanned pages among text pages are let be (an
    /// appended signature page or seal); what they held is then missing, and the audit says so.
    func pages(of source: Source) throws(ReadError.Reason) -> [PDFPage] {
        let pages = try textLayer(of: source)
        let characters = pages.reduce(0) { $0 + $1.words.reduce(0) { $0 + $1.text.count } }
        if !pages.isEmpty, characters < 5 * pages.count { throw .scannedPDF }
        return pages
    }

    /// The words of the PDF's text layer, page by page (`pdftotext -bbox`).
    func textLayer(of source: Source) throws(ReadError.Reason) -> [PDFPage] {
        let arguments = ["-bbox", "-enc", "UTF-8", "-q"]
        let output: ExternalTool.Output
        switch source {
        case .file(let url): output = try tool.run(arguments + [url.path, "-"], timeout: timeout)
        case .bytes(let bytes): output = try tool.run(arguments + ["-", "-"], input: bytes, timeout: timeout)
        }
        guard output.status == 0 else {
            throw .toolFailed(
                tool: tool.name, status: output.status,
                detail: String(decoding: output.standardError, as: UTF8.self))
        }
        return BBoxParser.pages([UInt8](output.standardOutput))
    }

    /// The PDF's text as lines, top to bottom, page after page: for people reading what Gongkai saw.
    public func text(of url: URL) throws(ReadError.Reason) -> String {
        try pages(of: .file(url)).enumerated().map { number, page in
            PDFLine.lines(of: page.upright, number: number).map(\.text).joined(separator: "\n")
        }.joined(separator: "\n\u{0C}")
    }
}
