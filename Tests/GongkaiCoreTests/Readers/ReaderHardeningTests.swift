import Foundation
import Testing

@testable import GongkaiCore

/// Hostile and broken input: every reader returns a document or throws a `ReadError.Reason`,
/// promptly, whatever the bytes.
@Suite("ReaderHardening")
struct ReaderHardeningTests {
    typealias W = DocxBuilder

    /// Runs `body` and returns how long it took, in seconds.
    private func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    // MARK: - HTML

    @Test("100,000 nested <div>s are read promptly, without recursion", .timeLimit(.minutes(1)))
    func deeplyNestedDivs() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "深层文本" + String(repeating: "</div>", count: depth)
        var document = SourceDocument()
        let elapsed = try seconds { document = try HTMLReader.read(Array(html.utf8)) }
        #expect(document.paragraphs == ["深层文本"])
        #expect(elapsed < 10)
    }

    @Test("deeply nested unclosed tables, cells and inline tags do not crash or hang", .timeLimit(.minutes(1)))
    func deeplyNestedTablesAndSpans() throws {
        let tables = String(repeating: "<table><tr><td>格", count: 20_000)
        let spans = String(repeating: "<span><font><b>", count: 30_000) + "字"
        let paragraphs = String(repeating: "<p><li><dd>段", count: 30_000)
        for html in [tables, spans, paragraphs] {
            let elapsed = try seconds { _ = try HTMLReader.read(Array(html.utf8)) }
            #expect(elapsed < 10)
        }
        #expect(try HTMLReader.read(Array(spans.utf8)).paragraphs == ["字"])
    }

    @Test("random bytes give a document or .undecodableText, never a crash")
    func randomBytesHTML() {
        var generator = SeededGenerator(seed: 2021)
        for round in 0..<200 {
            let count = Int.random(in: 0...8192, using: &generator)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if round.isMultiple(of: 2) { bytes = Array("<html><body><table><tr><td>".utf8) + bytes }
            do {
                _ = try HTMLReader.read(bytes)
            } catch {
                #expect(error == .undecodableText)
            }
        }
    }

    @Test("random tag soup with unbalanced tables and spans reads without failing")
    func tagSoup() throws {
        let pieces = [
            "<table>", "</table>", "<tr>", "</tr>", "<td colspan=\"2\">", "<th rowspan='x'>", "</td>", "<p>", "</p>",
            "<br>", "<div style=\"display:none\">", "</div>", "<script>", "</script>", "<!--", "-->", "&nbsp;", "&#0;",
            "&#x110000;", "文字", " ", "\n", "<caption>", "<thead>", "<tbody>", "<![CDATA[", "]]>", "<", ">", "\u{0}",
        ]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            let html = (0..<Int.random(in: 1...400, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            _ = try HTMLReader.read(Array(html.utf8))
        }
    }

    @Test("empty and blank pages give an empty document")
    func emptyPages() throws {
        #expect(try HTMLReader.read([]) == SourceDocument())
        #expect(try HTMLReader.read(Array("  \n ".utf8)).blocks.isEmpty)
    }

    // MARK: - DOCX archives

    @Test("a .docx cut short is a corrupt archive, wherever it is cut")
    func truncatedDocx() {
        let bytes = fixtureBytes("blank-template-2021.docx")
        for length in [bytes.count / 2, bytes.count / 4, bytes.count * 3 / 4, bytes.count - 1, 30, 4] {
            #expect(Self.isCorruptArchive { try DocxReader.read(Array(bytes.prefix(length))) }, "cut at \(length)")
        }
    }

    @Test("zip magic followed by garbage is a corrupt archive")
    func garbageAfterMagic() {
        var generator = SeededGenerator(seed: 4)
        for _ in 0..<100 {
            let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + (0..<Int.random(in: 0...4096, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            #expect(Self.isCorruptArchive { try DocxReader.read(bytes) })
        }
    }

    @Test("a zip without word/document.xml is not a Word document")
    func zipWithoutDocument() throws {
        let bytes = try W.zip([("xl/workbook.xml", Array("<workbook/>".utf8)), ("word/styles.xml", Array("<styles/>".utf8))])
        #expect(throws: ReadError.Reason.notWordDocument) { try DocxReader.read(bytes) }
    }

    @Test("a zip bomb declaring 200 MB is refused before inflating", .timeLimit(.minutes(1)))
    func zipBombDeclared() throws {
        let bomb = try HostileZips.bomb(size: 200 << 20)
        #expect(bomb.count < 1 << 20, "the bomb is small on disk")
        #expect(throws: ReadError.Reason.archiveTooLarge(limit: DocxReader.maximumPartSize)) { try DocxReader.read(bomb) }
    }

    @Test("a zip bomb that lies about its size stops at the cap while inflating", .timeLimit(.minutes(1)))
    func zipBombLying() throws {
        var bomb = try HostileZips.bomb(size: 16 << 20)
        HostileZips.patchDeclaredSizes(&bomb, to: 1000)
        #expect(throws: ReadError.Reason.archiveTooLarge(limit: 1 << 20)) {
            try DocxReader.read(bomb, partSizeLimit: 1 << 20)
        }
    }

    @Test("a deflate stream that never ends is corrupt, not a hang", .timeLimit(.minutes(1)))
    func neverEndingDeflateStream() throws {
        // A non-final stored block that promises 65,535 bytes and delivers 10; ZIPFoundation's own
        // Linux extractor spins forever on this.
        let stream: [UInt8] = [0x00, 0xFF, 0xFF, 0x00, 0x00] + Array(repeating: 0x41, count: 10)
        let zip = HostileZips.handMadeZip(path: "word/document.xml", data: stream, method: 8, uncompressedSize: 100, crc: 0)
        var caught: ReadError.Reason?
        let elapsed = seconds {
            do { _ = try DocxReader.read(zip) } catch { caught = error as? ReadError.Reason }
        }
        #expect(caught == .corruptArchive(detail: "压缩数据不完整"))
        #expect(elapsed < 5)
    }

    @Test("a part whose checksum does not match is corrupt")
    func checksumMismatch() throws {
        let xml = Array(W.document(W.paragraph("年度报告")).utf8)
        var zip = HostileZips.handMadeZip(path: "word/document.xml", data: xml, method: 0, uncompressedSize: xml.count, crc: 0xDEAD_BEEF)
        #expect(throws: ReadError.Reason.corruptArchive(detail: "word/document.xml 的校验和不符")) { try DocxReader.read(zip) }
        zip = HostileZips.handMadeZip(path: "word/document.xml", data: xml, method: 0, uncompressedSize: xml.count, crc: HostileZips.crc32(xml))
        #expect(try DocxReader.read(zip).paragraphs == ["年度报告"], "the hand-made zip is otherwise sound")
    }

    @Test("an entry compressed with a method other than deflate is refused as corrupt")
    func unsupportedMethod() {
        let zip = HostileZips.handMadeZip(path: "word/document.xml", data: [1, 2, 3], method: 12, uncompressedSize: 3, crc: 0)
        #expect(Self.isCorruptArchive { try DocxReader.read(zip) })
    }

    @Test("mutated .docx archives are read or refused with a reason, never a crash or a hang", .timeLimit(.minutes(2)))
    func mutatedArchives() throws {
        var generator = SeededGenerator(seed: 29)
        let template = fixtureBytes("blank-template-2021.docx")
        let small = try W.docx(documentXML: W.document(W.paragraph("一、总体情况") + W.table(W.row(W.cell("规章"), W.cell("0")))))
        for round in 0..<300 {
            var bytes = round.isMultiple(of: 3) ? template : small
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[position] = UInt8.random(in: 0...255, using: &generator)
            }
            do {
                _ = try DocxReader.read(bytes)
            } catch {
                #expect(!error.message.isEmpty)
            }
        }
    }

    @Test("mutated document.xml parts are read or refused as XML errors, never a crash")
    func mutatedDocumentXML() throws {
        var generator = SeededGenerator(seed: 31)
        let xml = Array(W.document(W.paragraph("一、", "总体情况") + W.table(
            W.row(W.cell("合并", span: 2, merge: "restart"), W.cell("B")), W.row(W.cell("", span: 2, merge: ""), W.cell("C")))).utf8)
        let pieces: [[UInt8]] = ["<", ">", "/", "\"", "&", "<w:p>", "</w:tc>", "<w:vMerge/>", "<!DOCTYPE", "\u{0}"].map { Array($0.utf8) }
        for _ in 0..<300 {
            var mutated = xml
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = Int.random(in: 0..<mutated.count, using: &generator)
                if Bool.random(using: &generator) {
                    mutated.insert(contentsOf: pieces.randomElement(using: &generator)!, at: position)
                } else {
                    mutated.removeSubrange(position..<min(mutated.count, position + Int.random(in: 1...20, using: &generator)))
                }
            }
            let docx = try W.zip([("word/document.xml", mutated)])
            do {
                _ = try DocxReader.read(docx)
            } catch {
                switch error {
                case .malformedXML, .xmlDeclarationsRefused: break
                default: Issue.record("unexpected \(error)")
                }
            }
        }
    }

    // MARK: - DOCX XML

    @Test("a billion-laughs DTD is refused before parsing")
    func billionLaughs() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <w:document xmlns:w="\(W.wordNamespace)"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>
            """
        let refused = ReadError.Reason.xmlDeclarationsRefused(part: "word/document.xml")
        #expect(throws: refused) { try DocxReader.read(W.docx(documentXML: xml)) }
        let lowercase = xml.replacingOccurrences(of: "<!DOCTYPE", with: "<!doctype")
        #expect(throws: refused) { try DocxReader.read(W.docx(documentXML: lowercase)) }
        let utf16 = utf16Bytes(xml, bigEndian: true)
        #expect(throws: refused) { try DocxReader.read(W.zip([("word/document.xml", utf16)])) }
    }

    @Test("malformed XML reports the line where the parser gave up")
    func malformedXML() throws {
        let xml = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"\(W.wordNamespace)\"><w:body>\n<w:p><w:r><w:t>文</w:r></w:p>\n</w:body></w:document>"
        #expect { try DocxReader.read(W.docx(documentXML: xml)) } throws: { error in
            guard case .malformedXML(let part, let line, let detail) = error as? ReadError.Reason else { return false }
            return part == "word/document.xml" && line == 3 && !detail.isEmpty
        }
    }

    @Test("XML nested beyond libxml2's depth limit is malformed, not a crash", .timeLimit(.minutes(1)))
    func deeplyNestedXML() throws {
        let depth = 50_000
        let body = String(repeating: "<w:sdt><w:sdtContent>", count: depth) + W.paragraph("深")
            + String(repeating: "</w:sdtContent></w:sdt>", count: depth)
        #expect { try DocxReader.read(W.docx(documentXML: W.document(body))) } throws: { error in
            guard case .malformedXML = error as? ReadError.Reason else { return false }
            return true
        }
    }

    @Test("an empty document.xml is malformed")
    func emptyPart() throws {
        #expect { try DocxReader.read(W.zip([("word/document.xml", [])])) } throws: { error in
            guard case .malformedXML = error as? ReadError.Reason else { return false }
            return true
        }
    }

    // MARK: - Markdown

    @Test("random text reads as Markdown without failing")
    func randomMarkdown() {
        let pieces = ["|", "\\", "\\|", "---", ":--", "#", "## ", "*", "**", "_", "[", "](", ")", "![", "<br>", "<!--", "-->",
            "<table>", "</table>", "<td rowspan=3>", "\n", "\n\n", " ", "文字", "- ", "1. ", "> ", "&nbsp;", "`"]
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...300, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            _ = MarkdownReader.read(text)
            _ = MarkdownReader.looksLikeMarkdown(text)
        }
    }

    // MARK: - Helpers

    /// Whether `body` throws `.corruptArchive`.
    private static func isCorruptArchive(_ body: () throws -> Void) -> Bool {
        do {
            try body()
            return false
        } catch {
            if case .corruptArchive? = error as? ReadError.Reason { return true }
            return false
        }
    }
}
