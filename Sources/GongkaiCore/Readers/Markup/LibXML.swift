import CLibXML2

/// The one place that prepares libxml2 for use.
enum LibXML {
    /// Initializes libxml2's global state once, before the first parse; libxml2 asks for this
    /// when it may be used from several threads (the CLI reads reports concurrently).
    static let ready: Void = { xmlInitParser() }()

    /// Whether `bytes` (ASCII-compatible) contain `pattern`, ignoring ASCII case.
    /// `pattern` must be lowercase.
    static func containsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        let last = bytes.count - pattern.count
        var index = 0
        while index <= last {
            if asciiLowercase(bytes[index]) == first {
                var matched = 1
                while matched < pattern.count, asciiLowercase(bytes[index + matched]) == pattern[matched] { matched += 1 }
                if matched == pattern.count { return true }
            }
            index += 1
        }
        return false
    }

    @inline(__always)
    static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
