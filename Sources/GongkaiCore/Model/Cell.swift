import Foundation

/// The value of one filled cell of a statutory table. A blank cell is `nil`, never `0`.
public enum Cell: Sendable, Hashable, CustomStringConvertible {
    /// A count (or the signed 本年增/减 of the 2019 table 2).
    case integer(Int)
    /// An amount of money in 万元.
    case decimal(Decimal)

    /// The whole number held, or `nil` for an amount with a fractional part.
    public var integerValue: Int? {
        switch self {
        case .integer(let value): value
        case .decimal(let value):
            value == value.rounded(0) ? NSDecimalNumber(decimal: value).intValue : nil
        }
    }

    /// The value as a decimal, whatever its kind.
    public var decimalValue: Decimal {
        switch self {
        case .integer(let value): Decimal(value)
        case .decimal(let value): value
        }
    }

    /// The value as written in the canonical JSON and in rendered tables: `12`, `-2`, `262.6294`.
    public var description: String {
        switch self {
        case .integer(let value): String(value)
        case .decimal(let value): value.plainString
        }
    }
}

extension Decimal {
    /// Rounded to `scale` decimal places, half away from zero.
    func rounded(_ scale: Int) -> Decimal {
        var input = self
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }

    /// The number in plain positional notation, without exponent or trailing zeros: "262.6294".
    var plainString: String {
        var text = NSDecimalNumber(decimal: self).stringValue
        if text.contains("e") || text.contains("E") {
            text = String(format: "%.6f", NSDecimalNumber(decimal: self).doubleValue)
        }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
