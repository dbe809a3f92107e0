/// The central directory of a zip archive, read with bounds checks on every field.
///
/// ZIPFoundation's `Archive` is not used to open untrusted archives: its in-memory file traps
/// (a Swift range error, not a thrown error) when a damaged directory sends it past the end of
/// the data, and its Linux inflater reads past an entry's end and spins forever on a deflate
/// stream that never ends. Only the directory fields needed to find and check one part are read.
struct ZipDirectory {
    /// One entry as the central directory describes it.
    struct Entry: Hashable {
        var method: UInt16
        var flags: UInt16
        var crc32: UInt32
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeaderOffset: UInt64

        var isEncrypted: Bool { flags & 1 != 0 }
        /// General-purpose flag bit 11: the name is UTF-8 (otherwise the tool's code page, GBK on Chinese Windows).
        var hasUTF8Name: Bool { flags & 0x800 != 0 }
    }

    enum Failure: Error, Equatable {
        /// No end-of-central-directory record: not a zip, or cut short.
        case missingDirectory
        /// The directory or a local header points outside the archive.
        case damagedDirectory
    }

    private let reader: ByteReader
    private let directoryOffset: Int
    private let entryCount: Int

    init(_ bytes: [UInt8]) throws(Failure) {
        reader = ByteReader(bytes: bytes)
        let count = bytes.count
        guard count >= 22 else { throw .missingDirectory }
        var candidate = count - 22
        let lowest = max(0, count - 22 - 0xFFFF)
        while candidate >= lowest, reader.u32(candidate) != 0x0605_4B50 { candidate -= 1 }
        guard candidate >= lowest, let entries = reader.u16(candidate + 10), let offset = reader.u32(candidate + 16) else {
            throw .missingDirectory
        }
        if offset != 0xFFFF_FFFF && entries != 0xFFFF {
            directoryOffset = Int(offset)
            entryCount = Int(entries)
        } else {
            // ZIP64: the locator just before the record points at the 64-bit record.
            guard candidate >= 20, reader.u32(candidate - 20) == 0x0706_4B50, let record = reader.u64(candidate - 12),
                record < UInt64(count), reader.u32(Int(record)) == 0x0606_4B50,
                let entries64 = reader.u64(Int(record) + 32), let offset64 = reader.u64(Int(record) + 48)
            else { throw .damagedDirectory }
            directoryOffset = Int(min(offset64, UInt64(count)))
            entryCount = Int(min(entries64, UInt64(count / 46)))
        }
        guard directoryOffset < count else { throw .damagedDirectory }
    }

    /// The first entry whose name is `path`, compared as OPC part names are: ASCII case aside,
    /// with `\` (written by some Windows tools) read as `/`.
    func entry(named path: String) throws(Failure) -> Entry? {
        let wanted = Array(path.utf8).map(Self.folded)
        var offset = directoryOffset
        for _ in 0..<entryCount {
            let record = try record(at: offset)
            if record.name.count == wanted.count, zip(record.name, wanted).allSatisfy({ Self.folded($0) == $1 }) {
                return try entry(of: record)
            }
            offset = record.next
        }
        return nil
    }

    /// Every entry with its raw name bytes, in directory order.
    func entries() throws(Failure) -> [(name: [UInt8], entry: Entry)] {
        var result: [(name: [UInt8], entry: Entry)] = []
        var offset = directoryOffset
        for _ in 0..<entryCount {
            let record = try record(at: offset)
            result.append((Array(record.name), try entry(of: record)))
            offset = record.next
        }
        return result
    }

    /// One central-directory record, its fields read but its extra field not yet decoded.
    private struct Record {
        var name: ArraySlice<UInt8>
        var entry: Entry
        var extraStart: Int
        var extraLength: Int
        /// Where the next record starts.
        var next: Int
    }

    private func record(at offset: Int) throws(Failure) -> Record {
        guard reader.u32(offset) == 0x0201_4B50, let flags = reader.u16(offset + 8),
            let method = reader.u16(offset + 10), let crc = reader.u32(offset + 16),
            let compressed = reader.u32(offset + 20), let uncompressed = reader.u32(offset + 24),
            let nameLength = reader.u16(offset + 28).map(Int.init), let extraLength = reader.u16(offset + 30).map(Int.init),
            let commentLength = reader.u16(offset + 32).map(Int.init), let localOffset = reader.u32(offset + 42),
            let name = reader.slice(offset + 46, nameLength)
        else { throw .damagedDirectory }
        let entry = Entry(
            method: method, flags: flags, crc32: crc, compressedSize: UInt64(compressed),
            uncompressedSize: UInt64(uncompressed), localHeaderOffset: UInt64(localOffset))
        return Record(
            name: name, entry: entry, extraStart: offset + 46 + nameLength, extraLength: extraLength,
            next: offset + 46 + nameLength + extraLength + commentLength)
    }

    /// The record's entry with its ZIP64 fields applied.
    private func entry(of record: Record) throws(Failure) -> Entry {
        guard let extra = reader.slice(record.extraStart, record.extraLength) else { throw .damagedDirectory }
        var entry = record.entry
        try Self.applyZip64(extra, to: &entry)
        return entry
    }

    /// Where `entry`'s stored bytes lie, after its local header.
    func dataRange(of entry: Entry) throws(Failure) -> Range<Int> {
        let count = UInt64(reader.bytes.count)
        guard entry.localHeaderOffset < count, entry.compressedSize <= count else { throw .damagedDirectory }
        let header = Int(entry.localHeaderOffset)
        guard reader.u32(header) == 0x0403_4B50, let nameLength = reader.u16(header + 26),
            let extraLength = reader.u16(header + 28)
        else { throw .damagedDirectory }
        let start = header + 30 + Int(nameLength) + Int(extraLength)
        let end = start + Int(entry.compressedSize)
        guard end <= reader.bytes.count else { throw .damagedDirectory }
        return start..<end
    }

    /// Replaces the 32-bit fields escaped as 0xFFFFFFFF with the ZIP64 extra field's values,
    /// which follow in a fixed order: uncompressed size, compressed size, local header offset.
    private static func applyZip64(_ extra: ArraySlice<UInt8>, to entry: inout Entry) throws(Failure) {
        let escaped: UInt64 = 0xFFFF_FFFF
        guard entry.uncompressedSize == escaped || entry.compressedSize == escaped || entry.localHeaderOffset == escaped
        else { return }
        let fields = ByteReader(bytes: Array(extra))
        var field = 0
        while let id = fields.u16(field), let size = fields.u16(field + 2) {
            if id == 0x0001 {
                var cursor = field + 4
                let end = cursor + Int(size)
                func next() throws(Failure) -> UInt64 {
                    guard cursor + 8 <= end, let value = fields.u64(cursor) else { throw .damagedDirectory }
                    cursor += 8
                    return value
                }
                if entry.uncompressedSize == escaped { entry.uncompressedSize = try next() }
                if entry.compressedSize == escaped { entry.compressedSize = try next() }
                if entry.localHeaderOffset == escaped { entry.localHeaderOffset = try next() }
                return
            }
            field += 4 + Int(size)
        }
        throw .damagedDirectory
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        byte == UInt8(ascii: "\\") ? UInt8(ascii: "/") : LibXML.asciiLowercase(byte)
    }
}

/// Little-endian reads that return `nil` instead of trapping past the end.
private struct ByteReader {
    let bytes: [UInt8]

    func u16(_ offset: Int) -> UInt16? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> UInt32? {
        guard let low = u16(offset), let high = u16(offset + 2) else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    func u64(_ offset: Int) -> UInt64? {
        guard let low = u32(offset), let high = u32(offset + 4) else { return nil }
        return UInt64(low) | UInt64(high) << 32
    }

    func slice(_ offset: Int, _ length: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, length >= 0, offset <= bytes.count - length else { return nil }
        return bytes[offset..<offset + length]
    }
}
