import Foundation
import ZIPFoundation

/// A zip of `entries`, for tests that hand `gongkai` an archive of reports.
enum ZipFixture {
    static func archive(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in entries {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate,
                provider: { position, size in Data(bytes[Int(position)..<Int(position) + size]) })
        }
        return [UInt8](archive.data ?? Data())
    }
}
