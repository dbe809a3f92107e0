import Foundation

/// Reads a PDF through `pdftotext -layout` (Debian package poppler-utils), which keeps table rows
/// on lines, then through `LayoutTextReader`.
public struct PDFReader: Sendable {
    public var tool = ExternalTool(name: "pdftotext", package: "poppler-utils")
    /// Seconds one conversion may take.
    public var timeout: TimeInterval = 60

    public init() {}

    /// Reads the PDF at `url`.
    public func read(contentsOf url: URL) throws(ReadError.Reason) -> SourceDocument {
        LayoutTextReader.read(try layoutText(of: url))
    }

    /// Reads PDF `bytes` (written to a private temporary file for pdftotext).
    public func read(_ bytes: [UInt8]) throws(ReadError.Reason) -> SourceDocument {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .io(detail: error.localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("input.pdf")
        do {
            try Data(bytes).write(to: file)
        } catch {
            throw .io(detail: error.localizedDescription)
        }
        return try read(contentsOf: file)
    }

    /// The `pdftotext -layout` text of the PDF at `url`.
    public func layoutText(of url: URL) throws(ReadError.Reason) -> String {
        let output = try tool.run(["-layout", "-enc", "UTF-8", "-q", url.path, "-"], timeout: timeout)
        guard output.status == 0 else {
            throw .toolFailed(
                tool: tool.name, status: output.status,
                detail: String(decoding: output.standardError, as: UTF8.self))
        }
        return String(decoding: output.standardOutput, as: UTF8.self)
    }
}
