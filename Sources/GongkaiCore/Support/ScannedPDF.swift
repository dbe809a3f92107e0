import Foundation

/// Makes an image-only PDF — what a scanner produces — from a PDF: each page drawn by poppler's
/// `pdftoppm` as a grey JPEG and placed alone on a page of the same size, with no text layer.
/// For tests and measurements of the OCR path on documents whose every value is known.
public struct ScannedPDF: Sendable {
    public var rasterizer = ExternalTool(name: "pdftoppm", package: "poppler-utils")
    /// Dots per inch of the scan.
    public var resolution = 200
    /// JPEG quality (1–100): scanners and their software compress.
    public var quality = 80

    public init() {}

    /// The scanned version of `pdf`.
    public func scan(_ pdf: [UInt8]) throws(ReadError.Reason) -> [UInt8] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-scan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("input.pdf")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(pdf).write(to: input)
        } catch {
            throw .io(detail: error.localizedDescription)
        }
        let prefix = directory.appendingPathComponent("page")
        let output = try rasterizer.run(
            ["-r", "\(resolution)", "-gray", "-jpeg", "-jpegopt", "quality=\(quality)", input.path, prefix.path],
            timeout: 300)
        guard output.status == 0 else {
            throw .toolFailed(
                tool: rasterizer.name, status: output.status, detail: String(decoding: output.standardError, as: UTF8.self))
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasPrefix("page-") && $0.hasSuffix(".jpg") }
            .sorted { Self.pageNumber($0) < Self.pageNumber($1) }
        var images: [[UInt8]] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                throw .io(detail: name)
            }
            images.append([UInt8](data))
        }
        return Self.pdf(jpegs: images, resolution: resolution)
    }

    private static func pageNumber(_ name: String) -> Int {
        Int(name.dropFirst("page-".count).dropLast(".jpg".count)) ?? 0
    }

    /// A PDF of one JPEG per page, each page sized to its image at `resolution`.
    static func pdf(jpegs: [[UInt8]], resolution: Int) -> [UInt8] {
        var bytes = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        func object(_ body: [UInt8]) {
            offsets.append(bytes.count)
            bytes += Array("\(offsets.count) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let pageObjects = jpegs.indices.map { 3 + $0 * 3 }
        object(Array("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        object(Array("<< /Type /Pages /Kids [\(pageObjects.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(jpegs.count) >>".utf8))
        for (index, jpeg) in jpegs.enumerated() {
            let (width, height, components) = dimensions(jpeg)
            let points = (Double(width) * 72 / Double(resolution), Double(height) * 72 / Double(resolution))
            let size = String(format: "%.2f %.2f", points.0, points.1)
            let imageObject = pageObjects[index] + 1
            let contentObject = pageObjects[index] + 2
            object(
                Array(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(size)] /Resources << /XObject << /Im0 \(imageObject) 0 R >> >> /Contents \(contentObject) 0 R >>"
                        .utf8))
            let space = components == 1 ? "/DeviceGray" : components == 4 ? "/DeviceCMYK" : "/DeviceRGB"
            object(
                Array(
                    "<< /Type /XObject /Subtype /Image /Width \(width) /Height \(height) /ColorSpace \(space) /BitsPerComponent 8 /Filter /DCTDecode /Length \(jpeg.count) >>\nstream\n"
                        .utf8) + jpeg + Array("\nendstream".utf8))
            let content = Array("q \(size.replacingOccurrences(of: " ", with: " 0 0 ")) 0 0 cm /Im0 Do Q".utf8)
            object(Array("<< /Length \(content.count) >>\nstream\n".utf8) + content + Array("\nendstream".utf8))
        }
        let xref = bytes.count
        bytes += Array("xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { bytes += Array(String(format: "%010d 00000 n \n", offset).utf8) }
        bytes += Array("trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return bytes
    }

    /// Width, height and colour components from a JPEG's start-of-frame marker.
    static func dimensions(_ jpeg: [UInt8]) -> (width: Int, height: Int, components: Int) {
        var index = 2
        while index + 9 < jpeg.count {
            guard jpeg[index] == 0xFF else {
                index += 1
                continue
            }
            let marker = jpeg[index + 1]
            let length = Int(jpeg[index + 2]) << 8 | Int(jpeg[index + 3])
            if (0xC0...0xC3).contains(marker) {
                let height = Int(jpeg[index + 5]) << 8 | Int(jpeg[index + 6])
                let width = Int(jpeg[index + 7]) << 8 | Int(jpeg[index + 8])
                return (width, height, Int(jpeg[index + 9]))
            }
            index += 2 + length
        }
        return (0, 0, 1)
    }
}
