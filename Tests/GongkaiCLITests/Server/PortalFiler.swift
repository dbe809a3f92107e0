import Foundation

/// Files requests on a running server's portal as a citizen's browser does (form page, then
/// the post with its CSRF token and one-time key), and reads the receipt.
struct PortalFiler {
    let server: ServerProcess

    struct Receipt: Hashable {
        let caseNumber: String
        let queryCode: String
    }

    /// The path of the request form of `agency` from the portal's home page.
    func applyPath(agency: String) async throws -> String {
        let (_, html, _) = try await HTTP.get(server.url("/"), cookies: [:])
        guard let name = html.range(of: ">\(agency)</a>") else { throw ServerFailure(message: "agency \(agency) not on the home page") }
        let before = html[..<name.lowerBound]
        guard let href = before.range(of: "href=\"/agencies/", options: .backwards) else { throw ServerFailure(message: "no link") }
        let id = html[href.upperBound...].prefix(36)
        return "/agencies/\(id)/apply"
    }

    /// Files one request; `nil` if the server did not answer with a receipt.
    func file(_ path: String, number: Int) async throws -> Receipt? {
        let (_, form, cookies) = try await HTTP.get(server.url(path), cookies: [:])
        guard let csrf = HTTP.field("_csrf", in: form), let key = HTTP.field("submissionKey", in: form) else { return nil }
        let (status, html, _) = try await HTTP.post(
            server.url(path),
            form: [
                ("_csrf", csrf), ("submissionKey", key), ("applicantKind", "naturalPerson"), ("name", "测试申请人\(number)"),
                ("idKind", "residentIDCard"), ("idNumber", "11010519491231002X"), ("phone", "13800138000"),
                ("content", "第\(number)件：本市某项工作的政府信息"), ("deliveryForm", "electronic"),
            ], cookies: cookies)
        guard status == 200, let caseNumber = HTTP.text(id: "case-number", in: html),
            let code = HTTP.text(id: "query-code", in: html)
        else { return nil }
        return Receipt(caseNumber: caseNumber, queryCode: code)
    }
}
