/// Reading a cell's span (`colspan`, `rowspan`, `w:gridSpan`) from an attribute.
enum SpanValue {
    /// The largest span believed; anything larger is hostile or broken.
    static let maximum = 1000

    /// The leading decimal digits of `text` (after white space), clamped to `minimum`…1000;
    /// `fallback` when there are no digits. Browsers read `colspan="3px"` as 3 the same way.
    static func parse(_ text: UnsafePointer<UInt8>?, minimum: Int = 1, fallback: Int = 1) -> Int {
        guard let text else { return fallback }
        var index = 0
        while text[index] == 0x20 || text[index] == 0x09 || text[index] == 0x0A || text[index] == 0x0D { index += 1 }
        if text[index] == 0x2B { index += 1 }  // "+3"
        var value = 0
        var sawDigit = false
        while (0x30...0x39).contains(text[index]) {
            sawDigit = true
            value = min(value * 10 + Int(text[index] - 0x30), maximum + 1)
            index += 1
        }
        guard sawDigit else { return fallback }
        return min(max(value, minimum), maximum)
    }
}
