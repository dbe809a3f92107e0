import Foundation

/// Reads a file in any supported format into a `ParsedReport`: the entry point of the core.
///
/// The format is chosen by content (magic bytes, markup), with the file extension only as a
/// hint; a `.txt` that is really HTML is read as HTML.
public struct ReportReader: Sendable {
    /// Files larger than this are refused before reading (bounded memory for hostile input).
    public var maximumFileSize = 32 << 20
    public var pdfReader = PDFReader()

    public init() {}

    /// Reads the file at `url`.
    public func read(contentsOf url: URL) throws(ReadError) -> ParsedReport {
        let name = url.relativePath
        let bytes: [UInt8]
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if (attributes[.type] as? FileAttributeType) == .typeDirectory {
                throw ReadError(file: name, reason: .io(detail: "这是一个目录"))
            }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            guard size <= maximumFileSize else {
                throw ReadError(file: name, reason: .tooLarge(bytes: size, limit: maximumFileSize))
            }
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            let data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
            guard data.count <= maximumFileSize else {
                throw ReadError(file: name, reason: .tooLarge(bytes: data.count, limit: maximumFileSize))
            }
            bytes = [UInt8](data)
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError(file: name, reason: .io(detail: Self.describe(error)))
        }
        return try read(bytes, name: name, fileExtension: url.pathExtension)
    }

    /// Reads `bytes`; `name` names the input in errors, `fileExtension` is a hint only.
    public func read(_ bytes: [UInt8], name: String, fileExtension: String? = nil) throws(ReadError) -> ParsedReport {
        do {
            return try parse(bytes, fileExtension: fileExtension?.lowercased())
        } catch {
            throw ReadError(file: name, reason: error)
        }
    }

    private func parse(_ bytes: [UInt8], fileExtension: String?) throws(ReadError.Reason) -> ParsedReport {
        guard bytes.count <= maximumFileSize else { throw .tooLarge(bytes: bytes.count, limit: maximumFileSize) }
        let format = try FormatDetector.detect(bytes, fileExtension: fileExtension)
        let document: SourceDocument
        switch format.format {
        case .json:
            do {
                return ParsedReport(report: try Report(canonicalJSON: format.text ?? ""), format: .json)
            } catch {
                throw .invalidReportJSON(error)
            }
        case .pdf: document = try pdfReader.read(bytes)
        case .docx: document = try DocxReader.read(bytes)
        case .html: document = try HTMLReader.read(bytes)
        case .markdown: document = MarkdownReader.read(format.text ?? "")
        case .layoutText: document = LayoutTextReader.read(format.text ?? "")
        case .text: document = TextReader.read(format.text ?? "")
        }
        let (report, notes) = try ReportExtractor.extract(document)
        return ParsedReport(report: report, format: format.format, notes: notes)
    }

    static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "文件不存在"
            case NSFileReadNoPermissionError: return "没有读取权限"
            default: break
            }
        }
        if let posix = (nsError.userInfo[NSUnderlyingErrorKey] as? NSError), posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        return error.localizedDescription
    }
}

/// Telling the format of a file from its bytes.
public enum FormatDetector {
    /// The detected format and, for text formats, the decoded text.
    public struct Detection: Sendable {
        public var format: SourceFormat
        public var text: String?
    }

    /// The file extensions `check` looks for in directories.
    public static let knownExtensions: Set<String> = ["txt", "text", "html", "htm", "shtml", "xhtml", "docx", "pdf", "md", "markdown", "json"]

    public static func detect(_ bytes: [UInt8], fileExtension: String?) throws(ReadError.Reason) -> Detection {
        let content = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        guard !content.isEmpty else { throw .empty }
        if bytes.starts(with: Array("%PDF-".utf8)) { return Detection(format: .pdf) }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return Detection(format: .docx)
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw .unrecognizedFormat(detail: "旧版 Word（.doc）文件，请另存为 .docx")
        }
        if HTMLReader.looksLikeHTML(bytes) { return Detection(format: .html) }
        guard let (text, _) = TextDecoding.decode(bytes) else { throw .undecodableText }
        guard !looksBinary(text) else { throw .unrecognizedFormat(detail: "二进制数据") }
        let head = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if head.first == "{" || head.first == "[" && fileExtension == "json" { return Detection(format: .json, text: text) }
        let shape = LineShape(text)
        if shape.formFeeds > 0 || fileExtension == "layout" || shape.looksLikeLayoutText {
            return Detection(format: .layoutText, text: text)
        }
        if shape.tabbedLines >= 3 && fileExtension != "md" && fileExtension != "markdown" {
            return Detection(format: .text, text: text)
        }
        if fileExtension == "md" || fileExtension == "markdown" || MarkdownReader.looksLikeMarkdown(text) {
            return Detection(format: .markdown, text: text)
        }
        return Detection(format: .text, text: text)
    }

    /// Control characters other than tab, line breaks and form feed mean the bytes are not text.
    static func looksBinary(_ text: String) -> Bool {
        var controls = 0
        var total = 0
        for scalar in text.unicodeScalars.prefix(8192) {
            total += 1
            if scalar.value < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(scalar.value) || scalar == "\u{FFFD}" {
                controls += 1
            }
        }
        return total > 0 && controls * 50 > total
    }

    /// Counts of telling line shapes, from one pass over the UTF-8 bytes.
    struct LineShape {
        /// Lines that begin with a tab: table cells of text extracted from Word.
        var tabbedLines = 0
        /// Lines with a run of five spaces and a digit: columns laid out by `pdftotext -layout`.
        var spacedLines = 0
        var formFeeds = 0

        init(_ text: String) {
            var atLineStart = true
            var spaces = 0
            var sawRun = false
            var sawDigit = false
            var lines = 0
            for byte in text.utf8 {
                switch byte {
                case 0x0A:
                    if sawRun && sawDigit { spacedLines += 1 }
                    atLineStart = true
                    sawRun = false
                    sawDigit = false
                    spaces = 0
                    lines += 1
                    if lines > 2000 { return }
                    continue
                case 0x09 where atLineStart: tabbedLines += 1
                case 0x0C: formFeeds += 1
                case 0x20:
                    spaces += 1
                    if spaces >= 5 { sawRun = true }
                    atLineStart = false
                    continue
                case 0x30...0x39: sawDigit = true
                default: break
                }
                spaces = 0
                atLineStart = false
            }
            if sawRun && sawDigit { spacedLines += 1 }
        }

        /// Text laid out in columns (many lines with wide runs of spaces, no tab-led cells) is
        /// `pdftotext -layout` output even without its page breaks.
        var looksLikeLayoutText: Bool { tabbedLines == 0 && spacedLines >= 8 }
    }

}
