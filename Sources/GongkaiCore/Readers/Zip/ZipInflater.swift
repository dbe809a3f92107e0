import Foundation
import ZIPFoundation

/// Unpacks one entry of an untrusted zip archive found by `ZipDirectory`.
///
/// The entry's bytes are inflated by ZIPFoundation's `Data.decompress`, fed only the entry's own
/// bytes and stopped once the output passes `limit`, so neither a zip bomb nor a deflate stream
/// that never ends can exhaust memory or hang the reader. The CRC-32 is checked against the
/// directory. The one path for every zip a user hands us: .docx reports and .zip archives of reports.
enum ZipInflater {
    /// Inflation works in chunks of this size.
    private static let chunkSize = 64 * 1024

    /// The unpacked bytes of `entry`, named `path` in errors.
    ///
    /// - Throws: `.corruptArchive` for a damaged, truncated or encrypted entry,
    ///   `.archiveTooLarge(limit:)` when it unpacks beyond `limit` bytes.
    static func contents(
        of entry: ZipDirectory.Entry, named path: String, in directory: ZipDirectory, bytes: [UInt8], limit: Int
    ) throws(ReadError.Reason) -> [UInt8] {
        guard entry.uncompressedSize <= UInt64(limit) else { throw .archiveTooLarge(limit: limit) }
        guard !entry.isEncrypted else { throw .corruptArchive(detail: "\(path) 已加密") }
        let range: Range<Int>
        do {
            range = try directory.dataRange(of: entry)
        } catch {
            throw failure(error)
        }
        let (output, checksum) = try inflate(entry, at: range, from: bytes, limit: limit)
        guard checksum == entry.crc32 else { throw .corruptArchive(detail: "\(path) 的校验和不符") }
        return output
    }

    /// The reader's message for a damaged directory.
    static func failure(_ failure: ZipDirectory.Failure) -> ReadError.Reason {
        switch failure {
        case .missingDirectory: .corruptArchive(detail: "找不到 zip 目录，文件可能被截断")
        case .damagedDirectory: .corruptArchive(detail: "zip 目录已损坏或文件不完整")
        }
    }

    private static func inflate(_ entry: ZipDirectory.Entry, at range: Range<Int>, from bytes: [UInt8], limit: Int)
        throws(ReadError.Reason) -> ([UInt8], CRC32)
    {
        switch entry.method {
        case 0:
            guard range.count <= limit else { throw .archiveTooLarge(limit: limit) }
            let stored = Array(bytes[range])
            return (stored, Data(stored).crc32(checksum: 0))
        case 8:
            var output: [UInt8] = []
            output.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(limit))))
            do {
                let checksum = try Data.decompress(
                    size: Int64(range.count), bufferSize: chunkSize, skipCRC32: false,
                    provider: { position, size in try chunk(of: range, at: position, size: size, in: bytes) },
                    consumer: { data in
                        guard output.count + data.count <= limit else { throw Stop.tooLarge }
                        output.append(contentsOf: data)
                    })
                return (output, checksum)
            } catch Stop.tooLarge {
                throw .archiveTooLarge(limit: limit)
            } catch Stop.truncated {
                throw .corruptArchive(detail: "压缩数据不完整")
            } catch {
                throw .corruptArchive(detail: "压缩数据已损坏")
            }
        default:
            throw .corruptArchive(detail: "不支持的压缩方式（\(entry.method)）")
        }
    }

    /// The next piece of the entry's compressed bytes. ZIPFoundation's Linux inflater tells zlib
    /// that every chunk is `size` bytes long, so a short last chunk is padded with zeros (which
    /// zlib rejects or finishes on); asking past the end means the stream never ended.
    private static func chunk(of range: Range<Int>, at position: Int64, size: Int, in bytes: [UInt8]) throws -> Data {
        guard position >= 0, position < Int64(range.count) else { throw Stop.truncated }
        let start = range.lowerBound + Int(position)
        let end = min(start + size, range.upperBound)
        var data = Data(bytes[start..<end])
        if data.count < size { data.append(Data(count: size - data.count)) }
        return data
    }

    private enum Stop: Error {
        case tooLarge
        case truncated
    }
}
