import Foundation
import Testing
import ZIPFoundation

@testable import GongkaiCore

/// A .zip of reports goes through the same hardened path as .docx: members listed and read
/// under caps, names in UTF-8 or GBK, nested archives named rather than opened.
@Suite("ReportArchive: .zip archives of reports")
struct ReportArchiveTests {
    static func zip(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in entries {
            try archive.addEntry(
                with: path, type: path.hasSuffix("/") ? .directory : .file, uncompressedSize: Int64(bytes.count),
                compressionMethod: .deflate,
                provider: { position, size in Data(bytes[Int(position)..<Int(position) + size]) })
        }
        return [UInt8](try #require(archive.data))
    }

    var seeds: [(String, [UInt8])] {
        ["001_18824da13ecba4ff.txt", "004_4a845c3325581b0b.txt"].map { ("报告/\($0)", fixtureBytes("seeds/\($0)")) }
    }

    @Test(
        "Report files are members, sorted; folders, hidden files, __MACOSX and other files are skipped; nested zips are named"
    )
    func members() throws {
        let docx = try DocxRenderer.render(SampleReports.consistent())
        let bytes = try Self.zip(
            seeds + [
                ("报告/", []), ("报告/某局.docx", docx), ("__MACOSX/报告/._某局.docx", [1, 2, 3]), (".DS_Store", [0]),
                ("说明.xlsx", [0x50, 0x4B]), ("旧/更多.zip", [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18)),
            ])
        let archive = try ReportArchive(bytes: bytes, name: "上传.zip")
        #expect(
            archive.members.map(\.path) == ["报告/001_18824da13ecba4ff.txt", "报告/004_4a845c3325581b0b.txt", "报告/某局.docx"])
        #expect(archive.nestedArchives == ["旧/更多.zip"])
        #expect(archive.displayName(of: archive.members[2]) == "上传.zip/报告/某局.docx")
        let parsed = try CheckInput.archiveMember(archive, archive.members[0]).read(with: ReportReader())
        #expect(parsed.report.agency == "塔城地区教育局")
        let docxParsed = try CheckInput.archiveMember(archive, archive.members[2]).read(with: ReportReader())
        #expect(docxParsed.format == .docx)
    }

    @Test("A name written in GBK without the UTF-8 flag is decoded")
    func gbkName() throws {
        let text = fixtureBytes("seeds/004_4a845c3325581b0b.txt")
        let name = try #require(TextDecoding.encodeGB18030ForTesting("区教体局2020年报告.txt"))
        let bytes = HostileZips.handMadeZip(
            name: name, data: text, method: 0, uncompressedSize: text.count, crc: HostileZips.crc32(text))
        let archive = try ReportArchive(bytes: bytes, name: "gbk.zip")
        #expect(archive.members.map(\.path) == ["区教体局2020年报告.txt"])
        #expect(try archive.contents(of: archive.members[0], limit: 1 << 20) == text)
    }

    @Test("A member declared or inflating beyond the cap is refused alone; a damaged archive is refused whole")
    func caps() throws {
        let bomb = try HostileZips.bomb(size: 40 << 20)
        // The bomb's one entry is word/document.xml: rename it to a report file.
        var bytes = bomb
        let from = Array("word/document.xml".utf8)
        let to = Array("word/document.txt".utf8)
        var index = 0
        while index + from.count <= bytes.count {
            if Array(bytes[index..<index + from.count]) == from {
                bytes.replaceSubrange(index..<index + from.count, with: to)
            }
            index += 1
        }
        let archive = try ReportArchive(bytes: bytes, name: "bomb.zip")
        #expect(throws: ReadError.self) { _ = try archive.contents(of: archive.members[0], limit: 32 << 20) }
        do {
            _ = try archive.contents(of: archive.members[0], limit: 32 << 20)
        } catch {
            #expect(error.file == "bomb.zip/word/document.txt")
            if case .tooLarge = error.reason {} else { Issue.record("expected tooLarge, got \(error.reason)") }
        }
        // The same bomb lying about its size: stopped while inflating.
        var lying = bytes
        HostileZips.patchDeclaredSizes(&lying, to: 1000)
        let liar = try ReportArchive(bytes: lying, name: "liar.zip")
        #expect {
            _ = try liar.contents(of: liar.members[0], limit: 32 << 20)
        } throws: { error in
            (error as! ReadError).reason.message.hasPrefix("压缩包（.zip）无法读取：解压后超过")
        }
        #expect {
            _ = try ReportArchive(bytes: Array(bytes.prefix(bytes.count - 30)), name: "cut.zip")
        } throws: { error in
            (error as! ReadError).description == "cut.zip：压缩包（.zip）无法读取：找不到 zip 目录，文件可能被截断；请重新压缩后再试"
        }
    }

    @Test("check-style inputs: a directory with a zip yields its members, checked like files, with cross-year pairing")
    func inputs() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gongkai-zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(try Self.zip(seeds + [("套娃.zip", [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18))]))
            .write(to: directory.appendingPathComponent("上传.zip"))
        try Data(fixtureBytes("seeds/000_a7bda0c74bde3af2.txt")).write(to: directory.appendingPathComponent("a.txt"))
        let (inputs, problems) = InputFiles.inputs([directory.path])
        #expect(
            inputs.map { ($0.name as NSString).lastPathComponent } == [
                "a.txt", "001_18824da13ecba4ff.txt", "004_4a845c3325581b0b.txt",
            ])
        #expect(problems.count == 1)
        #expect(problems.first?.file.hasSuffix("上传.zip/套娃.zip") == true)
        let results = BatchChecker().check(inputs: inputs, jobs: 2)
        #expect(results.allSatisfy { $0.error == nil })
        #expect(results[1].file.hasSuffix("上传.zip/报告/001_18824da13ecba4ff.txt"))
        #expect(results[1].signatureDate == CivilDate(year: 2021, month: 1, day: 29))
    }
}
