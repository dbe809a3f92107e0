import CLibXML2

/// Parsing one XML part of an Office document (.docx, .xlsx) with libxml2, refusing what such a
/// part never needs. The one hardened path for untrusted XML: `prepared(_:part:)` and `options`
/// serve the tree parser here and the streaming reader of worksheets (`XlsxWorkbookReader`).
enum DocxXML {
    /// No XML_PARSE_NOENT, no DTD loading, no XML_PARSE_HUGE (its depth and size limits stay).
    /// The encoding is forced to UTF-8 so a declaration cannot switch it under the byte scan.
    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_COMPACT.rawValue)

    /// The part as UTF-8 bytes ready for libxml2: UTF-16 decoded, refused when it declares a
    /// document type or entities (before any parsing, so entity expansion cannot run).
    static func prepared(_ bytes: [UInt8], part: String) throws(ReadError.Reason) -> [UInt8] {
        var utf8 = bytes
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // Parsed as UTF-8, so that the byte scan sees exactly what the parser sees.
            guard let decoded = TextDecoding.decode(bytes) else {
                throw .malformedXML(part: part, line: 1, detail: "UTF-16 编码无效")
            }
            utf8 = Array(decoded.text.utf8)
        }
        if declaresDocumentType(utf8) { throw .xmlDeclarationsRefused(part: part) }
        guard utf8.count < Int(Int32.max) else { throw .malformedXML(part: part, line: 0, detail: "文件过大") }
        return utf8
    }

    /// The parsed part; the caller frees it with `xmlFreeDoc`.
    ///
    /// - Throws: `.xmlDeclarationsRefused` when the part holds `<!DOCTYPE` or `<!ENTITY` (refused
    ///   before parsing, so entity expansion cannot run), `.malformedXML` with the parser's line
    ///   when it is not well-formed.
    static func parse(_ bytes: [UInt8], part: String) throws(ReadError.Reason) -> xmlDocPtr {
        let utf8 = try prepared(bytes, part: part)
        _ = LibXML.ready
        guard let context = xmlNewParserCtxt() else {
            throw .malformedXML(part: part, line: 0, detail: "无法创建 XML 解析器")
        }
        defer { xmlFreeParserCtxt(context) }
        let firstError = FirstError()
        firstError.listen(to: context)
        let document = withExtendedLifetime(firstError) {
            utf8.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), part, "UTF-8", options)
                }
            }
        }
        guard let document else {
            // libxml2 keeps scanning after the first fatal error and its lastError ends up at
            // "Premature end of data"; the first error is the one that says what is wrong.
            let line = firstError.line ?? Int(context.pointee.lastError.line)
            let message = firstError.message ?? context.pointee.lastError.message.map { String(cString: $0) } ?? ""
            let detail = message.trimmingWhitespace()
            throw .malformedXML(part: part, line: line, detail: detail.isEmpty ? "无法解析" : detail)
        }
        return document
    }

    /// Records the first error libxml2 raises while parsing with one context.
    private final class FirstError {
        var line: Int?
        var message: String?

        /// Installs a structured error handler on `context` that reports here. The context's
        /// `_private` slot (reserved for the caller) carries the way back to this object, which
        /// the caller keeps alive for the parse.
        func listen(to context: xmlParserCtxtPtr) {
            context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
            context.pointee.sax.pointee.serror = { _, error in
                guard let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue,
                    let context = error.pointee.ctxt?.assumingMemoryBound(to: xmlParserCtxt.self),
                    let recorder = context.pointee._private
                else { return }
                let firstError = Unmanaged<FirstError>.fromOpaque(recorder).takeUnretainedValue()
                guard firstError.line == nil else { return }
                firstError.line = Int(error.pointee.line)
                firstError.message = error.pointee.message.map { String(cString: $0) }
            }
        }
    }

    /// Whether the bytes hold `<!DOCTYPE` or `<!ENTITY` anywhere, in any case.
    static func declaresDocumentType(_ bytes: [UInt8]) -> Bool {
        let doctype = Array("doctype".utf8)
        let entity = Array("entity".utf8)
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!") {
                if matches(doctype, in: bytes, at: index + 2) || matches(entity, in: bytes, at: index + 2) { return true }
            }
            index += 1
        }
        return false
    }

    private static func matches(_ word: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
        guard start + word.count <= bytes.count else { return false }
        for offset in 0..<word.count where LibXML.asciiLowercase(bytes[start + offset]) != word[offset] { return false }
        return true
    }
}

extension String {
    /// The string without leading and trailing ASCII white space.
    fileprivate func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
