#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Byte-wise substring search over UTF-8.
///
/// Foundation's `contains`/`range(of:)` fold Unicode clusters through CFString and dominate the
/// profile of `check` on thousands of files; the texts compared here are already normalized, so
/// a plain byte search (memmem) gives the same answers many times faster.
extension StringProtocol {
    /// Whether `needle` occurs in the string, comparing UTF-8 bytes.
    @inline(__always)
    func fastContains(_ needle: some StringProtocol) -> Bool {
        fastOffset(of: needle) != nil
    }

    /// The range of the first occurrence of `needle`, comparing UTF-8 bytes.
    func fastRange(of needle: some StringProtocol) -> Range<Index>? {
        guard let offset = fastOffset(of: needle) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let end = utf8.index(start, offsetBy: needle.utf8.count)
        return start..<end
    }

    /// The byte offset of the first occurrence of `needle`.
    func fastOffset(of needle: some StringProtocol) -> Int? {
        let found: Int?? = utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { pattern -> Int? in
                guard !pattern.isEmpty else { return 0 }
                guard pattern.count <= haystack.count, let base = haystack.baseAddress else { return nil }
                return Self.search(base, haystack.count, pattern.baseAddress!, pattern.count)
            } ?? Self.slowOffset(Array(haystack), Array(needle.utf8))
        }
        if let found { return found }
        return Self.slowOffset(Array(utf8), Array(needle.utf8))
    }

    /// memchr for the first byte, memcmp for the rest (glibc's memmem is not exported to Swift).
    private static func search(
        _ haystack: UnsafePointer<UInt8>, _ haystackCount: Int, _ needle: UnsafePointer<UInt8>, _ needleCount: Int
    ) -> Int? {
        let first = Int32(needle[0])
        var offset = 0
        let last = haystackCount - needleCount
        while offset <= last {
            guard let hit = memchr(haystack + offset, first, last - offset + 1) else { return nil }
            let position = haystack.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(haystack + position, needle, needleCount) == 0 { return position }
            offset = position + 1
        }
        return nil
    }

    private static func slowOffset(_ haystack: [UInt8], _ needle: [UInt8]) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return start }
        }
        return nil
    }

    /// Whether the string begins with `prefix`, comparing UTF-8 bytes.
    @inline(__always)
    func fastHasPrefix(_ prefix: some StringProtocol) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// Whether the string ends with `suffix`, comparing UTF-8 bytes.
    @inline(__always)
    func fastHasSuffix(_ suffix: some StringProtocol) -> Bool {
        let count = suffix.utf8.count
        return utf8.count >= count && utf8.suffix(count).elementsEqual(suffix.utf8)
    }
}
