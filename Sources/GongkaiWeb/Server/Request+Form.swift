import Vapor

extension Request {
    /// The posted form as `T`, with fields left blank treated as not sent.
    ///
    /// A browser posts a number input left empty as `month=`, which `Int?` cannot decode: the
    /// officer would get "400 请求格式不正确" and lose the form instead of the field's message.
    /// Every input type treats a missing field as blank, so dropping blank fields changes nothing
    /// else. Multipart forms (with files) are decoded as they are.
    func decodeForm<T: Decodable>(_ type: T.Type) throws -> T {
        guard headers.contentType == .urlEncodedForm, let body = body.string else { return try content.decode(T.self) }
        let filled = body.split(separator: "&").filter { pair in
            guard let equals = pair.firstIndex(of: "=") else { return false }
            return pair.index(after: equals) < pair.endIndex
        }
        return try URLEncodedFormDecoder().decode(T.self, from: filled.joined(separator: "&"))
    }
}
