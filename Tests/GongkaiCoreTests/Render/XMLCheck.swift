import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Well-formedness of the XML parts the renderers write, checked with Foundation's parser.
enum XMLCheck {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ bytes: [UInt8]) throws {
        let parser = XMLParser(data: Data(bytes))
        guard parser.parse() else {
            throw Malformed(description: parser.parserError.map { "\($0)" } ?? "unknown error")
        }
    }
}
