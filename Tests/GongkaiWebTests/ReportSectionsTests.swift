import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@testable import GongkaiWeb

/// The builder's sections 一、五、六: last year's text beside this year's, and the TEXT_COPIED
/// warning when last year's is pasted unchanged (and none for a text written afresh).
@Suite("Report builder: sections with last year's text and the copy warning")
struct ReportSectionsTests {
    @Test("pasting last year's text is flagged with its share; new text is not; figures offered from the records", arguments: TestBackend.available)
    func copyWarning(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year
            let url = "/staff/reports/\(year)/sections"
            let handler = try await server.client(signedInAs: "jingban")
            let empty = try await handler.get(url)
            #expect(empty.status == .ok)
            let lastYear = PlatformDemo.lastYearSections(year: year - 1)
            #expect(empty.text.contains(String(lastYear[1]!.prefix(30))), "last year's section 一 is not shown")
            #expect(empty.text(ofID: "offered-figures")?.contains("主动公开政府信息") == true)

            let fresh = "\(year)年，本局以公开目录上线为契机，把主动公开纳入发文流程：文件形成后先审查、再签发、即公开，全年按期公开率明显提高，并首次在平台上编写年度报告，表格数字由办件记录直接生成。"
            let saved = try await handler.post(url, [("section1", lastYear[1]!.replacingOccurrences(of: "\(year - 1)", with: "\(year)")), ("section5", fresh), ("section6", "")])
            #expect(saved.status == .seeOther, "saving answered \(saved.status.code): \(saved.text.prefix(300))")
            let page = try await handler.get(url)
            let copied = try #require(page.text(ofID: "section1-similarity"), "no similarity shown for a pasted section 一")
            #expect(copied.contains("100%") && copied.contains("过于接近上年文字"), "section 一: \(copied)")
            let rewritten = page.text(ofID: "section5-similarity") ?? ""
            #expect(!rewritten.contains("过于接近"), "a text written afresh is flagged: \(rewritten)")
            #expect(page.text(ofID: "section6-similarity") == nil, "an empty section was compared")

            let reviewer = try await server.client(signedInAs: "shenhe")
            #expect(try await reviewer.get(url).status == .ok)
            #expect(try await reviewer.post(url, [("section1", "审核人不应能改")]).status == .forbidden)
        }
    }
}
