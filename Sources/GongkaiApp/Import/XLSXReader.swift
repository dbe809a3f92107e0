import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the first worksheet of an .xlsx workbook: shared strings, inline strings, numbers and
/// booleans, placed by their cell references (so skipped empty cells keep their columns).
///
/// Numbers come back as written in the file ("45720", "13800000000"); a date column holds the
/// Excel serial day, which the ledger mapping converts.
public enum XLSXReader {
    /// The largest part unpacked, against zip bombs.
    static let partLimit: UInt64 = 256 * 1024 * 1024

    /// The first sheet of the workbook in `data`; `name` is used in errors.
    public static func read(_ data: Data, name: String) throws -> LedgerTable {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw LedgerReadError(file: name, reason: "不是有效的 .xlsx 文件（zip 压缩包无法打开）")
        }
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= partLimit else {
                throw LedgerReadError(file: name, reason: "\(path) 解压后超过 256 MB")
            }
            var data = Data()
            do {
                _ = try archive.extract(entry) { data.append($0) }
            } catch {
                throw LedgerReadError(file: name, reason: "\(path) 已损坏")
            }
            return data
        }
        var sheets: [String] = []
        for entry in archive where entry.path.hasPrefix("xl/worksheets/sheet") && entry.path.hasSuffix(".xml") {
            sheets.append(entry.path)
        }
        // sheet1.xml before sheet10.xml.
        sheets.sort { (lhs: String, rhs: String) -> Bool in lhs.count != rhs.count ? lhs.count < rhs.count : lhs < rhs }
        let sheetPath = sheets.first
        guard let sheetPath, let sheet = try part(sheetPath) else {
            throw LedgerReadError(file: name, reason: "工作簿中没有工作表")
        }
        let shared = try part("xl/sharedStrings.xml").map(SharedStringsParser.parse) ?? []
        return try SheetParser.parse(sheet, sharedStrings: shared, name: name)
    }

    /// The 0-based column of a cell reference such as "AB12".
    static func column(ofReference reference: String) -> Int? {
        var value = 0
        var sawLetter = false
        for scalar in reference.unicodeScalars {
            guard scalar.properties.isAlphabetic, scalar.isASCII else { break }
            value = value * 26 + Int(scalar.value & 0x1F)
            sawLetter = true
        }
        return sawLetter ? value - 1 : nil
    }
}

/// xl/sharedStrings.xml: the text of each `<si>`, its `<t>` runs joined (phonetic runs skipped).
final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    var current = ""
    var inText = false
    var phoneticDepth = 0

    static func parse(_ data: Data) -> [String] {
        let delegate = SharedStringsParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.strings
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// A worksheet's rows and cells.
final class SheetParser: NSObject, XMLParserDelegate {
    let sharedStrings: [String]
    var rows: [LedgerTable.Row] = []
    var rowNumber = 0
    var cells: [Int: String] = [:]
    var cellColumn = 0
    var cellType = ""
    var value = ""
    var capturing = false
    var badIndex = false

    init(sharedStrings: [String]) {
        self.sharedStrings = sharedStrings
    }

    static func parse(_ data: Data, sharedStrings: [String], name: String) throws -> LedgerTable {
        let delegate = SheetParser(sharedStrings: sharedStrings)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw LedgerReadError(file: name, reason: "工作表 XML 无法解析")
        }
        if delegate.badIndex { throw LedgerReadError(file: name, reason: "共享字符串索引超出范围") }
        return LedgerTable(rows: delegate.rows)
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            cells = [:]
            cellColumn = -1
        case "c":
            cellColumn = attributes["r"].flatMap(XLSXReader.column(ofReference:)) ?? cellColumn + 1
            cellType = attributes["t"] ?? "n"
            value = ""
        case "v", "t":
            capturing = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t":
            capturing = false
        case "c":
            var text = value
            switch cellType {
            case "s":
                if let index = Int(value.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) {
                    text = sharedStrings[index]
                } else {
                    badIndex = true
                }
            case "b": text = value == "1" ? "TRUE" : "FALSE"
            case "n":
                if text.hasSuffix(".0") { text.removeLast(2) }
            default: break
            }
            cells[cellColumn] = text
        case "row":
            let width = (cells.keys.max() ?? -1) + 1
            rows.append(LedgerTable.Row(line: rowNumber, cells: (0..<width).map { cells[$0] ?? "" }))
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing { value += string }
    }
}
