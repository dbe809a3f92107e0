/// Writes `JSONValue`s as text: objects one member per line, arrays of scalars on one line
/// (a table row of seven cells reads as one line), UTF-8 kept as is.
public enum JSONWriter {
    /// `value` as indented JSON text, without a trailing newline.
    public static func pretty(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, into: &output, pretty: true)
        return output
    }

    /// `value` as JSON text on one line.
    public static func compact(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, into: &output, pretty: false)
        return output
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout String, pretty: Bool) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let literal): output += literal
        case .string(let text): writeString(text, into: &output)
        case .array(let items):
            let scalarsOnly = items.allSatisfy { if case .array = $0 { false } else if case .object = $0 { false } else { true } }
            if items.isEmpty {
                output += "[]"
            } else if scalarsOnly || !pretty {
                output += "["
                for (offset, item) in items.enumerated() {
                    if offset > 0 { output += pretty ? ", " : "," }
                    write(item, indent: indent, into: &output, pretty: pretty)
                }
                output += "]"
            } else {
                output += "[\n"
                for (offset, item) in items.enumerated() {
                    output += String(repeating: "  ", count: indent + 1)
                    write(item, indent: indent + 1, into: &output, pretty: pretty)
                    output += offset == items.count - 1 ? "\n" : ",\n"
                }
                output += String(repeating: "  ", count: indent) + "]"
            }
        case .object(let members):
            if members.isEmpty {
                output += "{}"
            } else if !pretty {
                output += "{"
                for (offset, member) in members.enumerated() {
                    if offset > 0 { output += "," }
                    writeString(member.key, into: &output)
                    output += ":"
                    write(member.value, indent: indent, into: &output, pretty: false)
                }
                output += "}"
            } else {
                output += "{\n"
                for (offset, member) in members.enumerated() {
                    output += String(repeating: "  ", count: indent + 1)
                    writeString(member.key, into: &output)
                    output += ": "
                    write(member.value, indent: indent + 1, into: &output, pretty: true)
                    output += offset == members.count - 1 ? "\n" : ",\n"
                }
                output += String(repeating: "  ", count: indent) + "}"
            }
        }
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
