import Foundation

/// Reads pages of a PDF that have no text layer (scans) by OCR: poppler's `pdftoppm` draws each
/// page as a grey image, the table rules are taken out of it (`ScanImage`), and `tesseract`
/// (Debian packages tesseract-ocr and tesseract-ocr-chi-sim) reads its words with their boxes.
/// The words go through the same positional reading as a text layer; every block read so is
/// marked as OCR, and the report says which of its parts came from OCR.
public struct TesseractOCR: Sendable {
    public var tesseract = ExternalTool(name: "tesseract", package: "tesseract-ocr")
    public var rasterizer = ExternalTool(name: "pdftoppm", package: "poppler-utils")
    /// Tesseract's language data: simplified Chinese (with its Latin digits and letters).
    public var language = "chi_sim"
    /// Dots per inch the pages are drawn at.
    public var resolution = 300
    /// Seconds allowed for one page.
    public var timeoutPerPage: TimeInterval = 120

    /// The Debian packages that provide OCR, named in messages.
    public static let debianPackages = "tesseract-ocr tesseract-ocr-chi-sim"
    public var packages: String { Self.debianPackages }

    public init() {}

    /// Whether tesseract is installed with the language data.
    public var isAvailable: Bool {
        guard tesseract.locate() != nil, rasterizer.locate() != nil,
            let output = try? tesseract.run(["--list-langs"], timeout: 20)
        else { return false }
        let listing = String(decoding: output.standardOutput + output.standardError, as: UTF8.self)
        return listing.split(whereSeparator: \.isNewline).contains { LabelText.trim($0) == language }
    }

    /// The words of `pages` (1-based numbers) of the PDF at `url`, read by OCR.
    func read(_ url: URL, pages: [Int]) throws(ReadError.Reason) -> [PDFPage] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-ocr-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .io(detail: error.localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        var result: [PDFPage] = []
        for number in pages {
            let prefix = directory.appendingPathComponent("page-\(number)")
            let drawn = try rasterizer.run(
                ["-r", "\(resolution)", "-gray", "-singlefile", "-f", "\(number)", "-l", "\(number)", url.path, prefix.path],
                timeout: timeoutPerPage)
            guard drawn.status == 0 else {
                throw .toolFailed(
                    tool: rasterizer.name, status: drawn.status, detail: String(decoding: drawn.standardError, as: UTF8.self))
            }
            let image = prefix.appendingPathExtension("pgm")
            if var scan = ScanImage(contentsOf: image) {
                scan.removeRules()
                try? scan.write(to: image)
            }
            let output = try tesseract.run(
                [image.path, "stdout", "-l", language, "--dpi", "\(resolution)", "tsv"], timeout: timeoutPerPage)
            guard output.status == 0 else {
                throw .toolFailed(
                    tool: tesseract.name, status: output.status, detail: String(decoding: output.standardError, as: UTF8.self))
            }
            var page = TesseractTSV.page(String(decoding: output.standardOutput, as: UTF8.self), resolution: resolution)
            page.isOCR = true
            result.append(page)
        }
        return result
    }
}
