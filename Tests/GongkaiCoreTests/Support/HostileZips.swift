import Foundation
import ZIPFoundation

/// Zip archives no honest tool writes, for the hardening tests.
enum HostileZips {
    /// A .docx whose document.xml is `size` bytes of spaces, deflated.
    static func bomb(size: Int) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        let chunk = Data(repeating: 0x20, count: 1 << 20)
        try archive.addEntry(
            with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
            bufferSize: 1 << 20, provider: { _, length in length == chunk.count ? chunk : chunk.prefix(length) })
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return [UInt8](data)
    }

    /// Rewrites the uncompressed size in every local header and central-directory record.
    static func patchDeclaredSizes(_ zip: inout [UInt8], to size: UInt32) {
        let little = withUnsafeBytes(of: size.littleEndian, Array.init)
        var index = 0
        while index + 4 <= zip.count {
            if zip[index...index + 3].elementsEqual([0x50, 0x4B, 0x03, 0x04]) {
                zip.replaceSubrange((index + 22)..<(index + 26), with: little)
            } else if zip[index...index + 3].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
                zip.replaceSubrange((index + 24)..<(index + 28), with: little)
            }
            index += 1
        }
    }

    /// A one-entry zip written byte by byte, for shapes ZIPFoundation would never write.
    static func handMadeZip(path: String, data: [UInt8], method: UInt16, uncompressedSize: Int, crc: UInt32) -> [UInt8] {
        handMadeZip(name: Array(path.utf8), data: data, method: method, uncompressedSize: uncompressedSize, crc: crc)
    }

    /// The same with the entry's name as raw bytes (a GBK name from a Chinese Windows zip tool).
    static func handMadeZip(name: [UInt8], data: [UInt8], method: UInt16, uncompressedSize: Int, crc: UInt32) -> [UInt8] {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
        func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16((value >> 16) & 0xFFFF) }
        let sizes = le32(Int(crc)) + le32(data.count) + le32(uncompressedSize)
        var zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + le16(20) + le16(0) + le16(Int(method)) + le16(0) + le16(0x21)
        zip += sizes + le16(name.count) + le16(0) + name + data
        let directoryOffset = zip.count
        zip += [0x50, 0x4B, 0x01, 0x02] + le16(20) + le16(20) + le16(0) + le16(Int(method)) + le16(0) + le16(0x21)
        zip += sizes + le16(name.count) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + name
        let directorySize = zip.count - directoryOffset
        zip += [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(1) + le16(1) + le32(directorySize) + le32(directoryOffset) + le16(0)
        return zip
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
