import Foundation
import ZIPFoundation

@testable import GongkaiCore

/// Shared helpers for the renderer tests: the seeds, reading rendered bytes back, readable
/// differences between reports, and the parts of a zip package.
enum RenderTestSupport {
    static let reader = ReportReader()

    /// LibreOffice and pdftotext are installed: the PDF and Calc tests run only then (CI installs both).
    static let libreOfficeInstalled = LibreOffice().isInstalled
    static let pdftotextInstalled = ExternalTool(name: "pdftotext", package: "poppler-utils").locate() != nil

    /// Every sheet of the workbook `xlsx` as LibreOffice Calc reads it: its CSV export (UTF-8,
    /// every sheet), split into lines and fields, by sheet name.
    static func sheetsInCalc(_ xlsx: [UInt8]) throws -> [String: [[String]]] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-calc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("book.xlsx")
        try Data(xlsx).write(to: file)
        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        var calc = LibreOffice()
        calc.tool = ExternalTool(name: "soffice", package: "libreoffice-calc-nogui")
        // UTF-8 (76), every sheet (-1) into its own file: book-<sheet>.csv.
        try calc.convert(
            [file], to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            outputDirectory: out)
        var sheets: [String: [[String]]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) where name.hasPrefix("book-") {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            let sheet = String(name.dropFirst("book-".count).dropLast(".csv".count))
            sheets[sheet] = text.split(separator: "\n", omittingEmptySubsequences: false).map { CSVLine.fields(String($0)) }
        }
        return sheets
    }

    /// The five seeds, as the text reader reads them.
    static func seeds() throws -> [(name: String, report: Report)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtureURL("seeds").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in (name, try reader.read(fixtureBytes("seeds/" + name), name: name).report) }
    }

    /// The report a reader makes of `bytes` written as `format`.
    static func reread(_ bytes: [UInt8], as format: OutputFormat) throws -> Report {
        try reader.read(bytes, name: "rendered.\(format.fileExtension)", fileExtension: format.fileExtension).report
    }

    /// The first few lines where the canonical JSON of two reports differ.
    static func difference(_ expected: Report, _ actual: Report) -> String {
        let lines = expected.canonicalJSON().split(separator: "\n", omittingEmptySubsequences: false)
        let other = actual.canonicalJSON().split(separator: "\n", omittingEmptySubsequences: false)
        var result: [String] = []
        for index in 0..<max(lines.count, other.count) {
            let left = index < lines.count ? String(lines[index]) : ""
            let right = index < other.count ? String(other[index]) : ""
            guard left != right else { continue }
            // Long lines (section text) are shown from a little before their first difference.
            let common = zip(left, right).prefix { $0 == $1 }.count
            let skip = max(0, common - 60)
            let marker = skip > 0 ? "…" : ""
            result.append(
                "  expected: \(marker)\(left.dropFirst(skip).prefix(240))\n  read:     \(marker)\(right.dropFirst(skip).prefix(240))")
            if result.count == 4 { break }
        }
        return result.joined(separator: "\n")
    }

    /// The report with every space beside a Chinese character removed from its text: what PDF text
    /// extraction can give back (`LayoutTextReader` despaces such spaces, which justified layout creates).
    static func withoutSpacesBesideChinese(_ report: Report) -> Report {
        var result = report
        for index in result.sections.indices {
            result.sections[index].text = result.sections[index].text.split(separator: "\n")
                .map { CJKText.despaced($0) }.joined(separator: "\n")
        }
        return result
    }

    /// The files of a zip package, by path.
    static func parts(_ bytes: [UInt8]) throws -> [String: [UInt8]] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var parts: [String: [UInt8]] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            parts[entry.path] = [UInt8](data)
        }
        return parts
    }

    /// The text of one part of a zip package.
    static func part(_ path: String, of bytes: [UInt8]) throws -> String {
        guard let part = try parts(bytes)[path] else { throw PartMissing(path: path) }
        return String(decoding: part, as: UTF8.self)
    }

    struct PartMissing: Error { var path: String }

    /// How many times `needle` occurs in `text`.
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
