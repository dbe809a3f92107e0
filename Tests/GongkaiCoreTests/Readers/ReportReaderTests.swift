import Foundation
import Testing

@testable import GongkaiCore

/// The entry point: format chosen by content, encodings, and a clear error for every bad input.
@Suite("ReportReader: formats, encodings and bad input")
struct ReportReaderTests {
    let reader = ReportReader()
    let seed = "seeds/003_5378260b2f002a6c.txt"

    func reason(_ bytes: [UInt8], name: String = "input", extension ext: String? = nil) -> ReadError.Reason? {
        do {
            _ = try reader.read(bytes, name: name, fileExtension: ext)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test("GB18030 and UTF-16 files read exactly like the UTF-8 original")
    func encodings() throws {
        let original = try reader.read(fixtureBytes(seed), name: "utf8").report
        let text = try String(decoding: fixtureBytes(seed), as: UTF8.self)
        let gb = try #require(TextDecoding.encodeGB18030ForTesting(text))
        #expect(try reader.read(gb, name: "gb").report == original)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try reader.read(utf16, name: "utf16").report == original)
        #expect(try reader.read([0xEF, 0xBB, 0xBF] + fixtureBytes(seed), name: "bom").report == original)
    }

    @Test("The format is chosen by content: HTML saved as .txt is read as HTML")
    func formatByContent() throws {
        let html = Array(HTMLRenderer.render(try reader.read(fixtureBytes(seed), name: "seed").report).utf8)
        let parsed = try reader.read(html, name: "page.txt", fileExtension: "txt")
        #expect(parsed.format == .html)
        #expect(try FormatDetector.detect(Array("%PDF-1.7\n".utf8), fileExtension: "txt").format == .pdf)
        #expect(try FormatDetector.detect([0x50, 0x4B, 0x03, 0x04, 0, 0], fileExtension: "pdf").format == .docx)
    }

    @Test("Canonical JSON in, the same report out")
    func canonicalJSON() throws {
        let report = try reader.read(fixtureBytes(seed), name: "seed").report
        let parsed = try reader.read(Array(report.canonicalJSON().utf8), name: "report.json")
        #expect(parsed.format == .json)
        #expect(parsed.report == report)
        guard case .invalidReportJSON(let error)? = reason(Array(#"{"template": "2019", "requests": {"total": [1]}}"#.utf8)) else {
            Issue.record("expected invalid JSON")
            return
        }
        #expect(error.path == "requests.total")
    }

    @Test("Empty, white space only, binary junk, old .doc: each a clear error")
    func badInput() {
        #expect(reason([]) == .empty)
        #expect(reason(Array("  \n\t \r\n".utf8)) == .empty)
        var generator = SeededGenerator(seed: 7)
        let junk = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let junkReason = reason(junk)
        #expect(junkReason == .undecodableText || junkReason == .notAReport || junkReason.map { if case .unrecognizedFormat = $0 { true } else { false } } == true)
        if case .unrecognizedFormat(let detail)? = reason([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 64)) {
            #expect(detail.contains(".docx"))
        } else {
            Issue.record("an old .doc should be named as such")
        }
        #expect(reason(Array("这是一段与年度报告无关的文字。\n第二行。".utf8)) == .notAReport)
    }

    @Test("A 50 MB file is refused by size before it is read, naming the file")
    func largeFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-large-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try reader.read(contentsOf: url)
            Issue.record("a 50 MB file must be refused")
        } catch {
            #expect(error.reason == .tooLarge(bytes: 50 << 20, limit: reader.maximumFileSize))
            #expect(error.description.hasPrefix(url.path))
            #expect(error.description.contains("50.0 MB"))
        }
    }

    @Test("A missing file and a directory give errors that say so")
    func missingFile() {
        do {
            _ = try reader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/报告.pdf"))
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "/nonexistent/报告.pdf")
            #expect(error.reason.message.contains("文件不存在"))
        }
        do {
            _ = try reader.read(contentsOf: FileManager.default.temporaryDirectory)
            Issue.record("expected an error")
        } catch {
            #expect(error.reason.message.contains("目录"))
        }
    }

    @Test("A PDF without pdftotext installed names the package to install")
    func missingTool() throws {
        var reader = ReportReader()
        reader.pdfReader.tool = ExternalTool(name: "pdftotext-not-installed", package: "poppler-utils")
        do {
            _ = try reader.read(Array("%PDF-1.4\n%%EOF\n".utf8), name: "a.pdf")
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == .toolMissing(tool: "pdftotext-not-installed", package: "poppler-utils"))
            #expect(error.description.contains("apt-get install poppler-utils"))
        }
    }
}

extension TextDecoding {
    /// `text` encoded as GB18030 through iconv, for tests that need a GBK-encoded file.
    static func encodeGB18030ForTesting(_ text: String) -> [UInt8]? {
        let converter = iconv_open("GB18030", "UTF-8")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let written: Int? = input.withUnsafeMutableBytes { inputBuffer in
            output.withUnsafeMutableBytes { outputBuffer in
                var inPointer = inputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inputBuffer.count
                var outPointer = outputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outputBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return outputBuffer.count - outLeft
            }
        }
        return written.map { Array(output[..<$0]) }
    }
}
