import Foundation
import GongkaiCore

/// Letters (文书): how fast they are composed, written as DOCX, HTML and JSON, and converted to
/// PDF through LibreOffice (one letter, as a download asks for, and a batch in one run).
///
///   swift run -c release GongkaiBenchmarks --letters [--count 2000] [--pdf-count 50]
enum LetterBenchmark {
    static func run(count: Int, pdfCount: Int) throws {
        let letters = try (0..<count).map { try letter($0) }
        print("Gongkai letters benchmark: \(count) letters of six kinds (\(pdfCount) for pdf), release build")
        print("")
        print("| step | letters | avg size | best of 3 | letters/s |")
        print("|---|---:|---:|---:|---:|")
        func row(_ name: String, size: Int?, _ body: () throws -> Void) rethrows {
            var best = Double.infinity
            for _ in 0..<3 { best = min(best, try time(body)) }
            let average = size.map { String(format: "%.1f KB", Double($0) / Double(count) / 1024) } ?? "—"
            print(String(format: "| %@ | %d | %@ | %.3f s | %.0f |", name, count, average, best, Double(count) / best))
        }
        try row("compose (LetterComposer)", size: nil) { for index in 0..<count { _ = try letter(index) } }
        let docx = try letters.map { try LetterRenderer.docx($0) }
        try row("DOCX", size: docx.reduce(0) { $0 + $1.count }) { for letter in letters { _ = try LetterRenderer.docx(letter) } }
        row("HTML", size: letters.reduce(0) { $0 + LetterRenderer.html($1).utf8.count }) {
            for letter in letters { _ = LetterRenderer.html(letter) }
        }
        try row("JSON write + read", size: letters.reduce(0) { $0 + $1.json.utf8.count }) {
            for letter in letters { _ = try OfficialLetter(json: letter.json) }
        }
        let renderer = LetterRenderer()
        guard renderer.libreOffice.isInstalled else {
            print("\n(pdf: not measured — LibreOffice is not installed)")
            return
        }
        let one = try time { _ = try renderer.pdf(letters[0]) }
        let batch = Array(letters.prefix(pdfCount))
        let many = try time { _ = try renderer.pdf(batch) }
        print("")
        print("| PDF through LibreOffice | letters | wall time | letters/s |")
        print("|---|---:|---:|---:|")
        print(String(format: "| one letter (a download) | 1 | %.2f s | %.2f |", one, 1 / one))
        print(String(format: "| one run | %d | %.2f s | %.1f |", batch.count, many, Double(batch.count) / many))
    }

    private static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now()
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    private static let agency = AgencyLetterProfile(
        name: "江东市江东区教育局", contactPerson: "王芳", phone: "0512-66668888",
        appeal: AppealVenues(reconsiderationBody: "江东市江东区人民政府", court: "江东市江东区人民法院"))

    /// The `index`-th letter: the six kinds in turn, the reply cycling through the reply types.
    private static func letter(_ index: Int) throws -> OfficialLetter {
        let request = RequestSummary(
            applicantName: "申请人\(index)", applicantIsOrganization: index % 3 == 0, caseNumber: "江东教依申〔2026〕\(index + 1)号",
            receivedOn: "2026-01-05", content: "2025年度全区中小学校舍维修工程第\(index)标段的招标文件和中标结果",
            deliveryForm: .electronic)
        let facts = LetterFacts(
            agency: agency, request: request, number: DocumentNumber(prefix: "江东教依申", year: 2026, serial: index + 1),
            date: "2026-01-20")
        let details = ReplyDetails(
            reasons: "该文件系本局内部人事调整方案，不对外产生效力", publishedAt: "本局门户网站“政府信息公开”专栏",
            withheldGrounds: [.internalAffairs], previousReplyDate: "2025-11-03", procedure: "有关规定办理",
            whereToObtain: "江东区图书馆")
        let replies: [StatutoryReply] = [
            .provided, .separated, .withheld(.thirdPartyRights), .notExisting, .notThisAgency, .alreadyDisclosed,
        ]
        switch index % 6 {
        case 0: return try LetterComposer.reply(replies[index / 6 % replies.count], details: details, facts: facts)
        case 1: return try LetterComposer.notProcessed(.repeatedApplication, details: details, facts: facts)
        case 2:
            return try LetterComposer.correction(
                CorrectionParticulars(items: ["请写明工程项目名称", "请写明年度"], deadline: "2026-02-03"), facts: facts)
        case 3:
            return try LetterComposer.deadlineExtension(ExtensionParticulars(days: 20, newDueDate: "2026-03-04"), facts: facts)
        case 4:
            return try LetterComposer.consultation(
                ConsultationParticulars(party: .thirdParty(isOrganization: true), addressee: "江东某某公司", reason: "涉及商业秘密"),
                facts: facts)
        default:
            return try LetterComposer.feeNotice(
                try FeeNotice(basis: .perVolume(pages: 30 + index % 200), paymentDue: "2026-02-20"), paymentMethod: "银行转账",
                facts: facts)
        }
    }
}
