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
