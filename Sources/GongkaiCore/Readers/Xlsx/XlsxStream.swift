import CLibXML2

/// A forward-only walk over one XML part with libxml2's streaming reader, prepared and configured
/// like every other untrusted part (`DocxXML.prepared`, `DocxXML.options`): memory stays flat
/// however long a worksheet is, and a walk can stop at any element (the row cap).
enum XlsxStream {
    /// What the walk meets.
    enum Node {
        /// An element opens; `attributes` by local name. An empty element also sends `.end`.
        case start(name: String, attributes: [String: String])
        /// Text or CDATA inside the current element.
        case text(String)
        /// An element closes.
        case end(name: String)
    }

    /// Walks `bytes` (the part named `part`), calling `visit` for each node until it returns
    /// `false` or the part ends.
    static func walk(
        _ bytes: [UInt8], part: String, _ visit: (Node) throws(XlsxReadError) -> Bool
    ) throws(XlsxReadError) {
        let utf8: [UInt8]
        do {
            utf8 = try DocxXML.prepared(bytes, part: part)
        } catch {
            throw XlsxWorkbookReader.translate(error)
        }
        _ = LibXML.ready
        let created = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReaderForMemory(chars.baseAddress, Int32(chars.count), part, "UTF-8", DocxXML.options)
            }
        }
        guard let reader = created else {
            throw XlsxReadError(.malformedXML(part: part, line: 0, detail: "无法创建 XML 解析器"))
        }
        defer { xmlFreeTextReader(reader) }
        try withExtendedLifetime(utf8) { () throws(XlsxReadError) in
            while true {
                let status = xmlTextReaderRead(reader)
                if status == 0 { return }
                guard status == 1 else {
                    let line = Int(xmlTextReaderGetParserLineNumber(reader))
                    throw XlsxReadError(.malformedXML(part: part, line: line, detail: "格式不正确或文件不完整"))
                }
                let keepGoing: Bool
                switch xmlTextReaderNodeType(reader) {
                case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                    let name = string(xmlTextReaderConstLocalName(reader))
                    let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                    var attributes: [String: String] = [:]
                    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                        attributes[string(xmlTextReaderConstLocalName(reader))] = string(xmlTextReaderConstValue(reader))
                    }
                    _ = xmlTextReaderMoveToElement(reader)
                    var going = try visit(.start(name: name, attributes: attributes))
                    if going, isEmpty { going = try visit(.end(name: name)) }
                    keepGoing = going
                case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                    Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                    keepGoing = try visit(.text(string(xmlTextReaderConstValue(reader))))
                case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                    keepGoing = try visit(.end(name: string(xmlTextReaderConstLocalName(reader))))
                default:
                    keepGoing = true
                }
                if !keepGoing { return }
            }
        }
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
