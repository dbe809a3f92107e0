import GongkaiApp
import GongkaiCore
import Vapor

/// Serves an issued letter as HTML (preview), DOCX or PDF, always from its stored snapshot.
enum LetterDownloads {
    static func response(for model: LetterModel, format: String, request: Request) async throws -> Response {
        let letter = try LetterOffice.letter(of: model)
        let body: Data
        let type: String
        switch LetterFormat(rawValue: format) {
        case .html:
            let response = Response(status: .ok, body: .init(string: LetterRenderer.html(letter)))
            response.headers.contentType = .html
            // The letter page carries its own print stylesheet inline and no script.
            response.headers.replaceOrAdd(
                name: "Content-Security-Policy",
                value: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; form-action 'none'")
            return response
        case .docx:
            body = Data(try LetterRenderer.docx(letter))
            type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pdf:
            body = try await LetterOffice(request.services).pdf(of: model)
            type = "application/pdf"
        default:
            throw Abort(.notFound)
        }
        let response = Response(status: .ok, body: .init(data: body))
        response.headers.replaceOrAdd(name: .contentType, value: type)
        let name = letter.fileName(LetterFormat(rawValue: format)!)
        response.headers.replaceOrAdd(
            name: .contentDisposition,
            value: "attachment; filename*=UTF-8''" + (name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "letter"))
        return response
    }
}
