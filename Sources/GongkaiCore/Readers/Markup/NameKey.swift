/// An element or attribute name packed into two integers, so that matching the names of
/// thousands of nodes costs no allocation and no string comparison.
///
/// Holds names of up to 16 bytes, which covers every HTML and WordprocessingML name the readers
/// care about; longer names have no key and count as "some other element".
struct NameKey: Hashable, Comparable, Sendable {
    private let low: UInt64
    private let high: UInt64

    /// The key of a NUL-terminated name, or `nil` if it is missing, empty or longer than 16 bytes.
    init?(_ name: UnsafePointer<UInt8>?) {
        guard let name, name[0] != 0 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = 0
        while name[index] != 0 {
            guard index < 16 else { return nil }
            if index < 8 {
                low |= UInt64(name[index]) << (8 * UInt64(index))
            } else {
                high |= UInt64(name[index]) << (8 * UInt64(index - 8))
            }
            index += 1
        }
        self.low = low
        self.high = high
    }

    static func < (left: NameKey, right: NameKey) -> Bool {
        (left.high, left.low) < (right.high, right.low)
    }

    /// The key of a name written in code; traps on names a key cannot hold (a programming error).
    init(_ name: String) {
        let bytes = Array(name.utf8) + [0]
        guard let key = bytes.withUnsafeBufferPointer({ NameKey($0.baseAddress) }) else {
            preconditionFailure("name '\(name)' is empty or longer than 16 bytes")
        }
        self = key
    }
}
