import Fluent
import Foundation
import GongkaiApp
import Testing

@testable import GongkaiWeb

/// Attachments on the request form, over real HTTP (multipart as a browser sends it): a file
/// over the size cap and a program renamed `.pdf` are refused with the attachment field named,
/// the rest of the input kept and nothing stored; a body beyond the site's cap is refused whole.
@Suite("Uploads: size cap and type sniffing")
struct UploadTests {
    @Test("oversized and disguised files refused with the field named; a real scan accepted", arguments: TestBackend.available)
    func attachments(backend: TestBackend) async throws {
        try await TestServer.with(backend, mode: .running) { server in
            let citizen = server.client()
            let applyPath = "/agencies/\(server.homeAgencyID)/apply"
            let form = try await citizen.requestForm(agencyID: server.homeAgencyID, citizen: Fixtures.citizen(7))
            let limit = TestServer.uploads.maximumBytes
            let cases: [(String, UploadFile, String)] = [
                ("oversized", Fixtures.oversizedPDF(limit: limit), "超过\(limit >> 20)MB"),
                ("program renamed .pdf", Fixtures.exeNamedPDF, "不是 PDF、JPG 或 PNG 文件"),
            ]
            for (what, file, message) in cases {
                let before = try await server.rowCounts(excluding: TestServer.bookkeeping)
                let page = try await citizen.submit(form, files: ["files[]": [file]])
                Expect.status(page, 422, what)
                let fieldError = Expect.fieldError(page, id: "files")
                #expect(fieldError?.contains(message) == true, "\(what): the attachment field says \(fieldError ?? "nothing")")
                #expect(fieldError?.contains(file.name) == true, "\(what): the file is not named")
                let again = try #require(page.forms.first { $0.action == applyPath })
                #expect(again["name"] == Fixtures.citizen(7).name && again["content"] == Fixtures.content, "\(what): input not kept")
                #expect(try await server.rowCounts(excluding: TestServer.bookkeeping) == before, "\(what): stored something")
            }

            let accepted = try await citizen.submit(
                form, files: ["files[]": [UploadFile(name: "身份证正面.png", contentType: "image/png", bytes: Fixtures.png)]])
            Expect.status(accepted, 200, "a PNG scan")
            #expect(accepted.text.contains("身份证正面.png"))
            let number = try #require(accepted.text(ofID: "case-number"))
            let submission = try #require(try await PortalSubmissionModel.query(on: server.app.db).filter(\.$caseNumber == number).first())
            let stored = try await AttachmentStore.list(requestID: nil, submissionID: submission.id, on: server.app.db)
            #expect(stored.map(\.contentType) == ["image/png"] && stored.map(\.byteCount) == [Fixtures.png.count])
        }
    }

    @Test("a body beyond the site's cap is refused whole (413)", arguments: [TestBackend.sqlite])
    func bodyCap(backend: TestBackend) async throws {
        try await TestServer.with(backend, mode: .running) { server in
            let citizen = server.client()
            let form = try await citizen.requestForm(agencyID: server.homeAgencyID, citizen: Fixtures.citizen(8))
            let policy = TestServer.uploads
            let bigger = (0...policy.maximumFiles).map { index in
                UploadFile(name: "第\(index)页.pdf", contentType: "application/pdf", bytes: Fixtures.oversizedPDF(limit: policy.maximumBytes).bytes)
            }
            let before = try await server.rowCounts(excluding: TestServer.bookkeeping)
            let page = try await citizen.submit(form, files: ["files[]": bigger])
            Expect.status(page, 413, "\(bigger.count) files of \(policy.maximumBytes >> 20)MB")
            #expect(page.text.contains("未作任何处理"))
            #expect(try await server.rowCounts(excluding: TestServer.bookkeeping) == before)
        }
    }
}
