import Foundation
import NIOCore

/// A file chosen in a file input.
struct UploadFile: Sendable {
    let name: String
    let contentType: String
    let bytes: Data

    init(name: String, contentType: String = "application/octet-stream", bytes: Data) {
        self.name = name
        self.contentType = contentType
        self.bytes = bytes
    }
}

/// Form bodies encoded as browsers encode them.
enum FormBody {
    /// `application/x-www-form-urlencoded`.
    static func urlEncoded(_ fields: [(name: String, value: String)]) -> (contentType: String, body: ByteBuffer) {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        func encode(_ text: String) -> String {
            text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
                .addingPercentEncoding(withAllowedCharacters: allowed)!.replacingOccurrences(of: "%20", with: "+")
        }
        let text = fields.map { encode($0.name) + "=" + encode($0.value) }.joined(separator: "&")
        return ("application/x-www-form-urlencoded", ByteBuffer(string: text))
    }

    /// `multipart/form-data`; a file input with no file chosen sends an empty part, as browsers do.
    static func multipart(
        _ fields: [(name: String, value: String)], files: [(field: String, file: UploadFile?)]
    ) -> (contentType: String, body: ByteBuffer) {
        let boundary = "----GongkaiTestBoundary" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
        var body = Data()
        func quoted(_ text: String) -> String {
            text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
        }
        for field in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(quoted(field.name))\"\r\n\r\n".utf8))
            body.append(Data(field.value.utf8))
            body.append(Data("\r\n".utf8))
        }
        for (field, file) in files {
            body.append(
                Data(
                    ("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(quoted(field))\"; filename=\"\(quoted(file?.name ?? ""))\"\r\n"
                        + "Content-Type: \(file?.contentType ?? "application/octet-stream")\r\n\r\n").utf8))
            body.append(file?.bytes ?? Data())
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return ("multipart/form-data; boundary=\(boundary)", ByteBuffer(bytes: body))
    }
}
