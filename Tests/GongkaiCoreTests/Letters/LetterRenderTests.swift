import Foundation
import Testing

@testable import GongkaiCore

@Suite("Letters in Word (GB/T 9704), HTML and text")
struct LetterRenderTests {
    /// The lines a reader finds: the title split where the renderers break it, control
    /// characters (which XML cannot carry) left out.
    static func expectedParagraphs(_ letter: OfficialLetter) -> [String] {
        let lines = LetterLayout.titleLines(letter) + letter.lines.dropFirst()
        return lines.map { String($0.unicodeScalars.filter { $0.value >= 0x20 }.map(Character.init)) }
    }

    @Test("The DOCX is a valid package: every part parses, A4 with the GB/T 9704 margins")
    func package() throws {
        for letter in try LetterFixtures.oneOfEachKind() + [LetterFixtures.hostileLetter()] {
            let parts = try RenderTestSupport.parts(try LetterRenderer.docx(letter))
            for path in ["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/fontTable.xml", "docProps/core.xml"] {
                let part = try #require(parts[path], "missing \(path)")
                #expect(throws: Never.self, "\(path) is not well-formed") { try XMLCheck.parse(part) }
            }
            let document = String(decoding: parts["word/document.xml"]!, as: UTF8.self)
            #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
            #expect(document.contains(#"w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#))
        }
    }

    @Test("Word reads back every line of every kind, in order")
    func readBack() throws {
        for letter in try LetterFixtures.oneOfEachKind() + [LetterFixtures.hostileLetter()] {
            let paragraphs = try DocxReader.read(try LetterRenderer.docx(letter)).paragraphs
            #expect(paragraphs == Self.expectedParagraphs(letter), "\(letter.kind)")
        }
    }

    @Test("Title 2号 小标宋, body 3号 仿宋 indented two characters, 文号 centred, addressee flush left, 版记 4号")
    func styles() throws {
        let bytes = try LetterRenderer.docx(try LetterFixtures.oneOfEachKind()[0])
        let styles = try RenderTestSupport.part("word/styles.xml", of: bytes)
        func style(_ id: String) throws -> String {
            let start = try #require(styles.range(of: "w:styleId=\"\(id)\"")).upperBound
            return String(styles[start...].components(separatedBy: "</w:style>")[0])
        }
        #expect(try style("Title").contains(#"w:eastAsia="方正小标宋简体""#) && style("Title").contains(#"<w:sz w:val="44"/>"#))
        #expect(try style("Title").contains(#"<w:jc w:val="center"/>"#))
        #expect(styles.contains(#"w:eastAsia="仿宋_GB2312""#) && styles.contains(#"<w:sz w:val="32"/>"#))
        #expect(try style("Normal").contains(#"<w:ind w:firstLine="640"/>"#))
        #expect(try style("DocumentNumber").contains(#"<w:jc w:val="center"/>"#))
        #expect(try style("Salutation").contains(#"<w:ind w:firstLine="0"/>"#) && !style("Salutation").contains("<w:jc"))
        #expect(try style("Signature").contains(#"<w:jc w:val="right"/>"#))
        #expect(try style("CopyTo").contains(#"<w:sz w:val="28"/>"#) && style("CopyTo").contains("<w:pBdr>"))
        let document = try RenderTestSupport.part("word/document.xml", of: bytes)
        #expect(document.contains(#"<w:pStyle w:val="Title"/>"#))
        #expect(document.contains(#"<w:pStyle w:val="DocumentNumber"/></w:pPr><w:r><w:t xml:space="preserve">江东教依申复〔2026〕5号</w:t>"#))
        #expect(document.contains(#"<w:pStyle w:val="Salutation"/></w:pPr><w:r><w:t xml:space="preserve">张三：</w:t>"#))
        #expect(document.contains(#"<w:framePr "#) && document.contains(#"w:yAlign="bottom""#))
    }

    @Test("Signature centred over the date, the date four characters from the right edge, the seal's place marked")
    func signature() throws {
        let letter = try LetterFixtures.oneOfEachKind()[0]
        // 江东市江东区教育局: 9 characters; 2026年1月20日: 6.5 (digits are half wide).
        #expect(LetterLayout.signatureIndents(letter) == (issuer: 2.75, date: 4))
        let document = try RenderTestSupport.part("word/document.xml", of: try LetterRenderer.docx(letter))
        #expect(document.contains(#"<w:spacing w:before="1158"/><w:ind w:right="880" w:firstLine="0"/>"#))
        #expect(document.contains(#"<w:ind w:right="1280" w:firstLine="0"/>"#))
        #expect(document.contains(#"<w:bookmarkStart w:id="0" w:name="Seal"/>"#) && document.contains(#"<w:bookmarkEnd w:id="0"/>"#))
        var long = letter
        long.issuer = "江东市江东区人民政府教育督导委员会办公室"
        let indents = LetterLayout.signatureIndents(long)
        #expect(indents.issuer == 2 && indents.date == 2 + (20 - 6.5) / 2)
    }

    @Test("A long title breaks after the agency; a short one stays on one line")
    func titleLines() throws {
        let letter = try LetterFixtures.oneOfEachKind()[5]
        #expect(LetterLayout.titleLines(letter) == ["江东市江东区教育局", "政府信息公开信息处理费收费通知书"])
        var short = letter
        short.issuer = "某局"
        short.title = "某局政府信息公开申请答复书"
        #expect(LetterLayout.titleLines(short) == ["某局政府信息公开申请答复书"])
    }

    @Test("HTML is self-contained and carries every line; hostile text is escaped everywhere")
    func html() throws {
        let letter = try LetterFixtures.hostileLetter()
        let html = LetterRenderer.html(letter)
        #expect(!html.contains("<script") && !html.contains("<b>") && !html.contains("<link") && !html.contains("src="))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;b&gt;"))
        #expect(html.contains("<title>江东&lt;区&gt;教育局政府信息公开申请答复书</title>"))
        #expect(html.contains("<p class=\"addressee\">张&lt;三&gt;&amp;&quot;李&quot;：</p>"))
        #expect(html.contains("<p class=\"copy-to\">抄送：&lt;/p&gt;&lt;p&gt;。</p>"))
        #expect(RenderTestSupport.count("<p", in: html) == letter.mainText.count + 6)  // number, addressee, issuer, date, note, copy-to
    }

    @Test("HTML: A4 print rules, the seal marked on screen only, the signature set like the DOCX")
    func htmlLayout() throws {
        let html = LetterRenderer.html(try LetterFixtures.oneOfEachKind()[0])
        #expect(html.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm;"))
        #expect(html.contains(".letter .issuer { padding-right: 2.75em; }") && html.contains(".letter .date { padding-right: 4em; }"))
        #expect(html.contains(#"<span class="seal" aria-hidden="true">印章</span>"#))
        #expect(html.contains("@media print {") && html.contains(".letter .seal { display: none; }"))
        #expect(html.contains("<h1>江东市江东区教育局政府信息公开申请答复书</h1>"))
    }

    @Test("Text and file names")
    func textAndNames() throws {
        let letter = try LetterFixtures.oneOfEachKind()[0]
        #expect(LetterRenderer.text(letter) == letter.lines.joined(separator: "\n") + "\n")
        #expect(letter.fileName(.docx) == "江东教依申复〔2026〕5号答复书.docx")
        #expect(try LetterFixtures.hostileLetter().fileName(.pdf) == "江_东_〔2026〕1号答复书.pdf")
        let rendered = try LetterRenderer().render(try LetterFixtures.oneOfEachKind(), as: .json)
        #expect(try rendered.map { try OfficialLetter(json: String(decoding: $0, as: UTF8.self)) } == LetterFixtures.oneOfEachKind())
    }
}
