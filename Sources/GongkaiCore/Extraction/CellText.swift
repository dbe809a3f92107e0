import Foundation

/// Reading the text of a table cell as a value of the kind its column holds.
enum CellText {
    /// What a cell's text says.
    enum Reading: Equatable {
        case blank
        case value(Cell, convertedFrom: String?)
        case invalid(String)
    }

    /// Whether `text` can stand in a value position: blank, a number (with a unit, sign or thousands
    /// separators), or a zero marker such as "—" or "无". Label cells are everything else.
    static func isValueLike(_ text: String) -> Bool {
        // Labels are the common case: any ideograph other than a unit or 无 settles it at once.
        for scalar in text.unicodeScalars where scalar.value >= 0x3400 {
            guard (0x3400...0x9FFF).contains(scalar.value) else { continue }
            switch scalar {
            case "万", "元", "亿", "件", "个", "项", "条", "无": continue
            default: return false
            }
        }
        let compact = compacted(text)
        if compact.isEmpty || zeroMarkers.contains(compact) { return true }
        return number(in: compact) != nil
    }

    static let zeroMarkers: Set<String> = ["—", "——", "-", "--", "－", "/", "／", "无"]

    /// Reads `text` as a cell of `kind`.
    static func read(_ text: String, kind: CellKind) -> Reading {
        let compact = compacted(text)
        if compact.isEmpty { return .blank }
        guard let parsed = number(in: compact) else { return .invalid(LabelText.trim(text)) }
        switch kind {
        case .count, .signedCount:
            guard parsed.unit == nil || parsed.unit == .countUnit, let whole = parsed.wholeValue else {
                return .invalid(LabelText.trim(text))
            }
            return .value(.integer(whole), convertedFrom: nil)
        case .amount:
            let unit = parsed.unit ?? .wan
            switch unit {
            case .wan: return .value(.decimal(parsed.value), convertedFrom: nil)
            case .yuan: return .value(.decimal(parsed.value / 10000), convertedFrom: CJKText.despaced(text))
            case .yi: return .value(.decimal(parsed.value * 10000), convertedFrom: CJKText.despaced(text))
            case .countUnit: return .invalid(LabelText.trim(text))
            }
        }
    }

    enum Unit { case wan, yuan, yi, countUnit }

    /// A number as written: sign, digits (with at most one decimal point) and unit. The decimal
    /// value is only computed when asked for: deciding whether a cell holds a number is hot.
    struct ParsedNumber {
        var negative: Bool
        var digits: Substring
        var hasPoint: Bool
        var unit: Unit?

        var value: Decimal {
            let magnitude = Decimal(string: String(digits), locale: Locale(identifier: "en_US_POSIX")) ?? 0
            return negative ? -magnitude : magnitude
        }

        var wholeValue: Int? {
            if !hasPoint {
                guard digits.utf8.count <= 12, let whole = Int(digits) else { return nil }
                return negative ? -whole : whole
            }
            let decimal = value
            guard decimal == decimal.rounded(0), abs(decimal) < 1_000_000_000_000 else { return nil }
            return NSDecimalNumber(decimal: decimal).intValue
        }
    }

    /// `text` without white space, bookmarks, full-width digits, or thousands separators.
    static func compacted(_ text: String) -> String {
        // Most cells are plain ASCII digits: nothing to fold.
        if text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2E || $0 == 0x2B || $0 == 0x2D }) { return text }
        var scalars = String.UnicodeScalarView()
        let source = LabelText.stripBookmarks(text).unicodeScalars
        var previous: Unicode.Scalar?
        var iterator = source.makeIterator()
        var pendingComma = false
        while let scalar = iterator.next() {
            if LabelText.isSpace(scalar) { continue }
            var folded = scalar
            if (0xFF10...0xFF19).contains(scalar.value) || scalar == "．" || scalar == "＋" || scalar == "－" && previous == nil {
                folded = Unicode.Scalar(scalar.value - 0xFEE0)!
            }
            if folded == "," || folded == "，" {
                pendingComma = previous.map { ("0"..."9").contains($0) } ?? false
                if !pendingComma { scalars.append(folded) }
                continue
            }
            if pendingComma && !("0"..."9").contains(folded) { scalars.append(",") }
            pendingComma = false
            scalars.append(folded)
            previous = folded
        }
        return String(scalars)
    }

    /// A number with an optional sign and unit ("+10", "1082.36万元", "2626294.00元", "3件").
    static func number(in compact: String) -> ParsedNumber? {
        var body = Substring(compact)
        var unit: Unit?
        if let last = body.utf8.last, last >= 0x80 {
            for (suffix, suffixUnit) in unitSuffixes where body.fastHasSuffix(suffix) {
                unit = suffixUnit
                body = body.dropLast(suffix.count)
                break
            }
        }
        guard !body.isEmpty else { return nil }
        var negative = false
        if body.first == "+" {
            body = body.dropFirst()
        } else if body.first == "-" || body.first == "－" {
            negative = true
            body = body.dropFirst()
        }
        var sawDigit = false
        var sawPoint = false
        for character in body.utf8 {
            if character >= UInt8(ascii: "0") && character <= UInt8(ascii: "9") {
                sawDigit = true
            } else if character == UInt8(ascii: ".") && !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
        }
        guard sawDigit, body.last != ".", body.first != "." else { return nil }
        return ParsedNumber(negative: negative, digits: body, hasPoint: sawPoint, unit: unit)
    }

    private static let unitSuffixes: [(String, Unit)] = [
        ("万元", .wan), ("亿元", .yi), ("元", .yuan), ("万", .wan), ("件", .countUnit), ("个", .countUnit),
        ("项", .countUnit), ("条", .countUnit),
    ]
}
