import Foundation
import ZIPFoundation

/// Packs the parts of an OOXML document (.docx, .xlsx) into a zip archive in memory.
///
/// Parts are written in the order given (`[Content_Types].xml` first, as Office writes it) with
/// a fixed modification date, so the same report always gives the same bytes.
enum ZipPackage {
    /// One file of the package: its path inside the archive and its bytes.
    struct Part {
        var path: String
        var bytes: [UInt8]

        init(_ path: String, _ bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }

        init(_ path: String, xml: String) {
            self.init(path, Array(xml.utf8))
        }
    }

    /// 2000-01-01 00:00 local time: zip dates have no time zone, and a fixed one keeps output stable.
    private static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    static func archive(_ parts: [Part]) throws(RenderError) -> [UInt8] {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let bytes = part.bytes
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
                    compressionMethod: .deflate,
                    provider: { position, size in Data(bytes[Int(position)..<Int(position) + size]) })
            }
            guard let data = archive.data else { throw RenderError.archive(detail: "无法生成压缩包") }
            return [UInt8](data)
        } catch let error as RenderError {
            throw error
        } catch {
            throw .archive(detail: String(describing: error))
        }
    }
}
