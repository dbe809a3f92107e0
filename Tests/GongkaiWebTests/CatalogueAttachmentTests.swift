import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@testable import GongkaiWeb

/// Files on catalogue items: uploaded to a draft (type from the bytes, size capped), listed and
/// downloaded with their type and Chinese name (RFC 5987), public once the item is, frozen after review.
@Suite("Catalogue attachments")
struct CatalogueAttachmentTests {
    @Test("a PDF with a Chinese name is attached, downloaded with its type and name, public once signed; other files refused", arguments: TestBackend.available)
    func lifecycle(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let itemID = try await server.draftCatalogueItem(agencyID: server.homeAgencyID, title: "附件测试通知")
            let handler = try await server.client(signedInAs: "jingban")
            let itemURL = "/staff/catalogue/\(itemID)"
            let page = try await handler.get(itemURL)
            #expect(page.html.contains("id=\"attach-form\""), "no upload form on a draft for the 经办人")
            let uploaded = try await handler.post(
                itemURL + "/files", files: [("file", UploadFile(name: "C:\\文件\\2026年预算公开说明.pdf", contentType: "text/plain", bytes: Fixtures.pdf))])
            #expect(uploaded.status == .seeOther, "upload answered \(uploaded.status.code): \(uploaded.text.prefix(300))")
            let refused = try await handler.post(
                itemURL + "/files", files: [("file", UploadFile(name: "病毒.pdf", contentType: "application/pdf", bytes: Data("MZ\u{90}\u{0}not a pdf".utf8)))])
            #expect(refused.status == .unprocessableEntity && refused.text.contains("按文件内容判断"))
            let zip = try ReportArchive.pack([(path: "hello.txt", bytes: Array("hi".utf8))])
            let notOffice = try await handler.post(itemURL + "/files", files: [("file", UploadFile(name: "表格.xlsx", bytes: Data(zip)))])
            #expect(notOffice.status == .unprocessableEntity, "a zip that is no .xlsx was accepted")

            let files = try await CatalogueAttachments(server.services).list(itemID: itemID, agencyID: server.homeAgencyID)
            let file = try #require(files.first)
            #expect(files.count == 1 && file.fileName == "2026年预算公开说明.pdf" && file.kind == "pdf")
            let staffDownload = try await handler.get("\(itemURL)/files/\(try file.requireID())")
            #expect(staffDownload.status == .ok && staffDownload.bytes == Fixtures.pdf)
            #expect(staffDownload.headers.first(name: .contentType) == "application/pdf")
            let disposition = staffDownload.headers.first(name: .contentDisposition) ?? ""
            #expect(disposition.contains("filename*=UTF-8''2026%E5%B9%B4"), "\(disposition)")
            #expect(disposition.hasPrefix("attachment; filename=\"2026.pdf\""), "\(disposition)")

            let portalURL = "/agencies/\(server.homeAgencyID)/catalogue/\(itemID)/files/\(try file.requireID())"
            #expect(try await server.client().get(portalURL).status == .notFound, "a draft's file is public")
            var review = CatalogueWorkflow.ReviewInput()
            review.decision = "pass"
            try await CatalogueWorkflow(server.services).review(
                itemID: itemID, review, agencyID: server.homeAgencyID, officer: Officer(userID: UUID(), actor: "测试审核"))
            // After review the files are part of the item.
            let late = try await handler.post(itemURL + "/files", files: [("file", UploadFile(name: "补充.png", bytes: Fixtures.png))])
            #expect(late.status == .conflict && late.text.contains("不能添加附件"))
            try await CatalogueWorkflow(server.services).sign(
                itemID: itemID, publishOn: nil, revision: nil, agencyID: server.homeAgencyID, officer: Officer(userID: UUID(), actor: "测试签发"))
            let itemPage = try await server.client().get("/agencies/\(server.homeAgencyID)/catalogue/\(itemID)")
            #expect(itemPage.text(ofID: "item-files")?.contains("2026年预算公开说明.pdf") == true)
            let download = try await server.client().get(portalURL)
            #expect(download.status == .ok && download.bytes == Fixtures.pdf)
            #expect(try await server.client().get("/agencies/\(server.otherAgencyID)/catalogue/\(itemID)/files/\(try file.requireID())").status == .notFound)
        }
    }

    @Test("types are sniffed from the bytes: PDF, PNG, JPEG, a real .docx and .xlsx; names get the kind's extension")
    func sniffing() throws {
        #expect(CatalogueAttachmentKind.sniff(Array(Fixtures.pdf)) == .pdf)
        #expect(CatalogueAttachmentKind.sniff(Array(Fixtures.png)) == .png)
        let docx = try ReportArchive.pack([(path: "[Content_Types].xml", bytes: Array("<Types/>".utf8)), (path: "word/document.xml", bytes: Array("<w:document/>".utf8))])
        #expect(CatalogueAttachmentKind.sniff(docx) == .docx)
        let xlsx = try ReportArchive.pack([(path: "xl/workbook.xml", bytes: Array("<workbook/>".utf8))])
        #expect(CatalogueAttachmentKind.sniff(xlsx) == .xlsx)
        #expect(CatalogueAttachmentKind.sniff(Array("<html><script>".utf8)) == nil)
        #expect(CatalogueAttachmentKind.pdf.displayName("../../etc/说明") == "说明.pdf")
        #expect(CatalogueAttachmentKind.jpeg.displayName("照片.JPEG") == "照片.JPEG")
        #expect(CatalogueAttachmentKind.docx.displayName("a\"b.docx") == "ab.docx")
    }
}
