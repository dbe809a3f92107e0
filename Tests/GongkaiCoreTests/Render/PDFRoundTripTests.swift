import Foundation
import Testing

@testable import GongkaiCore

/// PDF: the official DOCX converted by LibreOffice, read back through pdftotext. Runs where both
/// are installed (CI installs them). All reports are converted in one LibreOffice run.
@Suite(
    "PDF round trips through LibreOffice and pdftotext",
    .enabled(if: RenderTestSupport.libreOfficeInstalled && RenderTestSupport.pdftotextInstalled), .serialized)
struct PDFRoundTripTests {
    /// How many generated reports go through PDF (`GONGKAI_PDF_ROUND_TRIPS` overrides).
    static let count = ProcessInfo.processInfo.environment["GONGKAI_PDF_ROUND_TRIPS"].flatMap(Int.init) ?? 1000

    /// The shapes PDF text can carry: everything but blank cells (pdftotext drops a blank cell
    /// without a trace, so the numbers after it move left) and spaces beside Chinese characters.
    static let variation = SampleReportGenerator.Variation.printable.subtracting([.blankCells, .blankRows])

    @Test("The seeds come back from PDF exactly, but for spaces beside Chinese characters")
    func seeds() throws {
        let seeds = try RenderTestSupport.seeds()
        let pdfs = try PDFRenderer().render(seeds.map(\.report))
        for ((name, report), pdf) in zip(seeds, pdfs) {
            let back = try RenderTestSupport.reread(pdf, as: .pdf)
            let expected = RenderTestSupport.withoutSpacesBesideChinese(report)
            if back != expected { Issue.record("\(name):\n\(RenderTestSupport.difference(expected, back))") }
        }
    }

    @Test("Generated reports of both templates come back exactly from PDF")
    func generated() throws {
        var generator = SampleReportGenerator(seed: 0x7064_6621)
        let reports = (0..<Self.count).map {
            generator.variedReport(template: $0.isMultiple(of: 2) ? .v2019 : .v2021, variation: Self.variation)
        }
        let start = Date()
        let pdfs = try PDFRenderer().render(reports)
        let converted = Date()
        var failures: [Int] = []
        for (index, (report, pdf)) in zip(reports, pdfs).enumerated() {
            let back = try RenderTestSupport.reread(pdf, as: .pdf)
            guard back != report else { continue }
            failures.append(index)
            if failures.count <= 3 { Issue.record("report \(index):\n\(RenderTestSupport.difference(report, back))") }
        }
        print(
            String(
                format: "PDF round trips: %d reports, %.1f s to convert, %.1f s to read back, %d changed",
                reports.count, converted.timeIntervalSince(start), Date().timeIntervalSince(converted), failures.count))
        #expect(failures.isEmpty, "\(failures.count) of \(reports.count) reports changed through PDF")
    }

    @Test("A blank cell in a row of numbers does not survive PDF text (the layout reader has no column positions)")
    func blankCellsAreAKnownLimit() throws {
        var report = BlankTemplate.report(template: .v2021, agency: "某某局", year: 2024)
        var generator = SampleReportGenerator(seed: 3)
        report.requests = generator.report(template: .v2021).requests
        report.requests?[Templates.Row.granted, 1] = nil
        let back = try RenderTestSupport.reread(try PDFRenderer().render(report), as: .pdf)
        withKnownIssue("LayoutTextReader reads a row's numbers in order, so a blank cell shifts the numbers after it") {
            #expect(back.requests?[Templates.Row.granted] == report.requests?[Templates.Row.granted])
        }
        #expect(back.requests?[Templates.Row.newReceived] == report.requests?[Templates.Row.newReceived])
    }

    @Test("The blank template converts, with every label in the PDF's text")
    func blankTemplate() throws {
        let pdf = try PDFRenderer().render(BlankTemplate.report(template: .v2021, agency: "某某局", year: 2025))
        let text = try PDFReader().text(of: try Self.write(pdf))
        for row in Templates.layout(.requests, .v2021).rows.prefix(4) {
            #expect(LabelText.normalize(text).contains(LabelText.normalize(String(row.label.prefix(8)))))
        }
        #expect(text.contains("— 1 —") || text.contains("—1—"))
    }

    static func write(_ bytes: [UInt8]) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-\(UUID().uuidString).pdf")
        try Data(bytes).write(to: file)
        return file
    }
}

@Suite("PDF without LibreOffice")
struct PDFWithoutLibreOfficeTests {
    @Test("The error names the package to install")
    func missing() throws {
        var renderer = PDFRenderer()
        renderer.libreOffice.tool = ExternalTool(name: "soffice-not-installed", package: "libreoffice-writer-nogui")
        #expect(throws: RenderError.toolMissing(tool: "soffice-not-installed", package: "libreoffice-writer-nogui")) {
            try renderer.render(Report.skeleton(template: .v2021))
        }
        let message = RenderError.toolMissing(tool: "soffice", package: "libreoffice-writer-nogui").message
        #expect(message.contains("apt-get install --no-install-recommends libreoffice-writer-nogui"))
    }
}
