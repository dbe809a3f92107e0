import Foundation
import Testing

@testable import GongkaiCore

/// PDF through the one LibreOffice path, read back with pdftotext. Runs where both are installed
/// (CI installs them). `GONGKAI_LETTER_SNAPSHOTS=DIR` also writes each letter's PDF, DOCX and HTML to DIR for a look.
@Suite(
    "Letters as PDF through LibreOffice",
    .enabled(if: RenderTestSupport.libreOfficeInstalled && RenderTestSupport.pdftotextInstalled))
struct LetterPDFTests {
    @Test("Every kind converts in one run, signature kept with the closing, every line of the letter in the PDF's text")
    func everyKind() throws {
        let letters = try LetterFixtures.oneOfEachKind() + [LetterFixtures.hostileLetter()]
        let pdfs = try LetterRenderer().pdf(letters)
        #expect(pdfs.count == letters.count)
        let snapshots = ProcessInfo.processInfo.environment["GONGKAI_LETTER_SNAPSHOTS"].map(URL.init(fileURLWithPath:))
        for (index, (letter, pdf)) in zip(letters, pdfs).enumerated() {
            #expect(pdf.starts(with: Array("%PDF".utf8)))
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-letter-\(UUID().uuidString).pdf")
            try Data(pdf).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            if let snapshots {
                try FileManager.default.createDirectory(at: snapshots, withIntermediateDirectories: true)
                let name = "\(index)-\(letter.kind.rawValue)"
                try Data(pdf).write(to: snapshots.appendingPathComponent(name + ".pdf"))
                try Data(try LetterRenderer.docx(letter)).write(to: snapshots.appendingPathComponent(name + ".docx"))
                try Data(LetterRenderer.html(letter).utf8).write(to: snapshots.appendingPathComponent(name + ".html"))
            }
            let text = try PDFReader().text(of: file)
            // The closing, the signature and the date share a page (the closing is kept with them).
            let pages = text.components(separatedBy: "\u{0C}").map(Self.flatten)
            let closingPage = pages.firstIndex { $0.contains(Self.flatten(letter.closing + letter.issuer + letter.dateText)) }
            #expect(closingPage != nil, "\(letter.kind): closing, signature and date are not together")
            #expect(pages.filter { !$0.isEmpty }.count <= 2, "\(letter.kind) should fit two pages")
            let flat = Self.flatten(text)
            for line in LetterRenderTests.expectedParagraphs(letter) {
                #expect(flat.contains(Self.flatten(line)), "\(letter.kind): missing “\(line.prefix(40))…”")
            }
        }
    }

    /// Text without white space and page numbers: lines wrap and pages break anywhere.
    static func flatten(_ text: String) -> String {
        text.filter { !$0.isWhitespace }.replacingOccurrences(of: #"—\d+—"#, with: "", options: .regularExpression)
    }
}
