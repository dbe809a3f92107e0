import FluentSQLiteDriver
import Foundation
import GongkaiApp
import GongkaiCore
import SQLKit
import Testing
import ZIPFoundation

/// Whole histories from a ledger: consultations, fees, 第三十五条, lapses and withdrawals; the
/// ledger's synonyms; hostile workbooks and corrupted rows.
@Suite("Ledger import of whole histories, synonyms, hostile files and corrupted rows")
struct LedgerHistoryImportTests {
    static let header =
        "申请编号,收到日期,申请人类型,申请人姓名/名称,证件号码,联系电话,申请内容,征求意见类型,征求意见对象,征求意见日期,送达日期,意见收到日期,"
        + "延期日期,延期天数,延期批准人,收费通知日期,收费方式,收费件次,收费页数,收费金额,收费通知送达日期,缴费日期,计费件数,"
        + "要求说明理由日期,理由收到日期,延迟答复告知日期,延迟答复期限,补正通知日期,补正期限,撤回日期,办理结果,答复日期,备注"

    static func row(_ cells: [String: String]) -> String {
        header.split(separator: ",").map { cells[String($0)] ?? "" }.joined(separator: ",")
    }

    static let person = [
        "申请人类型": "自然人", "申请人姓名/名称": "张三", "证件号码": "11010519491231002X", "联系电话": "13800000000",
        "申请内容": "某信息",
    ]

    static let ledger = ([header] + [
        // Two consultations at once, delivered by post; an extension; a reply.
        row(person.merging([
            "申请编号": "H-1", "收到日期": "2025-03-03", "征求意见类型": "第三方；其他机关", "征求意见对象": "甲公司；市财政局",
            "征求意见日期": "2025-03-10；2025-03-14", "送达日期": "2025-03-12；2025-03-14", "意见收到日期": "2025-03-20；2025-03-25",
            "延期日期": "2025-04-01", "延期天数": "10", "延期批准人": "张主任", "办理结果": "予以公开", "答复日期": "2025-04-20",
            "备注": "加急",
        ]) { $1 }),
        // A fee by volume, delivered 03-13, never paid, no lapse date: lapses the day after 04-11.
        row(person.merging([
            "申请编号": "H-2", "收到日期": "2025-03-03", "收费通知日期": "2025-03-10", "收费方式": "按量计收", "收费页数": "150",
            "收费通知送达日期": "2025-03-13", "办理结果": "逾期未缴费",
        ]) { $1 }),
        // A correction due 12-20 and no answer: closed on 12-21, in 2025.
        row(person.merging([
            "申请编号": "H-3", "收到日期": "2025-12-01", "补正通知日期": "2025-12-03", "补正期限": "2025-12-20", "办理结果": "逾期未补正",
        ]) { $1 }),
        // 第三十五条: reasons, a later reply date, a reply on that date.
        row(person.merging([
            "申请编号": "H-4", "收到日期": "2025-03-03", "要求说明理由日期": "2025-03-05", "理由收到日期": "2025-03-10",
            "延迟答复告知日期": "2025-03-12", "延迟答复期限": "2025-05-15", "办理结果": "部分公开", "答复日期": "2025-05-15",
        ]) { $1 }),
        // Withdrawn, with only the withdrawal date.
        row(person.merging(["申请编号": "H-5", "收到日期": "2025-03-03", "撤回日期": "2025-03-08"]) { $1 }),
        // One application split into 3 件 (一事一申请), the 9th–11th of the month: 100元, paid.
        row(person.merging([
            "申请编号": "H-6", "收到日期": "2025-03-03", "计费件数": "3", "收费通知日期": "2025-03-04", "收费方式": "按件",
            "收费件次": "9", "收费金额": "100", "缴费日期": "2025-03-06", "办理结果": "予以公开", "答复日期": "2025-03-20",
        ]) { $1 }),
    ]).joined(separator: "\n")

    @Test("every step of a ledger row becomes an event, in the order the state machine needs", arguments: TestBackend.available)
    func wholeHistories(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { database in
            let agency = try await CaseService(database.context()).ensureAgency(named: "江东市某局", actor: "t")
            let outcome = try await ImportService(database.context()).importLedger(
                try ImportService.readTable(Data(Self.ledger.utf8), name: "台账.csv"), fileName: "台账.csv", into: agency,
                actor: "t")
            #expect(outcome.problems.isEmpty, "\(outcome.problems)")
            #expect(outcome.imported == 6)
            #expect(outcome.notes.contains("列“备注”未识别，已忽略"))
            let stored = try await CaseService(database.context()).requests(agencyID: agency.requireID())
            let byID = Dictionary(uniqueKeysWithValues: stored.map { ($0.request.id.rawValue, $0.request) })

            let h1 = try #require(byID["H-1"])
            #expect(h1.events.map(\.kind.tag) == [
                .consultationStarted, .consultationStarted, .consultationEnded, .consultationEnded, .extensionApproved, .replied,
            ])
            #expect(h1.progress.consultations.map(\.kind) == [.thirdParty, .otherAgency])
            #expect(h1.progress.consultations.first?.consultation.deliveredOn == "2025-03-12")
            // Used 03-04..07, 03-10 (5); left out 03-11..25 (the two merged); 15 left from 03-25 →
            // 04-16; 10 more: 04-17, 18, 04-21..25, 04-27 调休, 04-28, 29 → 04-29. The reply on 04-20 is in time.
            let deadline = StatutoryClock().deadline(for: h1, asOf: "2025-04-20")
            #expect(deadline.dueDate == "2025-04-29")
            #expect(deadline.closedWithinDeadline == true)

            #expect(byID["H-2"]?.closure == RequestClosure(date: "2025-04-12", result: .otherHandlingUnpaidFee, way: .feeLapsed))
            #expect(byID["H-3"]?.closure == RequestClosure(date: "2025-12-21", result: .otherHandlingNoCorrection, way: .correctionLapsed))
            #expect(StatutoryClock().deadline(for: try #require(byID["H-4"]), asOf: "2025-05-20").closedWithinDeadline == true)
            #expect(byID["H-5"]?.closure?.way == .withdrawn)
            #expect(byID["H-6"]?.pieceCount == 3)
            #expect(byID["H-6"]?.progress.fee?.notice.basis == .perCase(monthlyOrdinal: 9, pieces: 3))

            // The correction lapse counts in 2025's （六）1, not in 结转下年度.
            let report = try await ReportService(database.context()).annualReport(for: agency, year: 2025)
            #expect(report.report.requests?.integer("otherHandling.noCorrection", 6) == 1)
            #expect(report.report.requests?.integer("carriedForward", 6) == 0)
        }
    }

    @Test("a lawyer in their own name is a natural person; a school is 其他 unless a university or research institute", arguments: TestBackend.available)
    func synonyms(backend: TestBackend) async throws {
        let csv = """
            申请编号,申请人类型,申请人姓名/名称,证件号码,联系人,联系电话,收到日期,申请内容
            S-1,律师,王律师,11010519491231002X,,139,2025-03-03,某信息
            S-2,律师事务所,某律师事务所,,李律师,139,2025-03-03,某信息
            S-3,学校,江东市第一中学,,王老师,139,2025-03-03,某信息
            S-4,中学,江东市第二中学,,赵老师,139,2025-03-03,某信息
            S-5,高校,江东大学,,钱老师,139,2025-03-03,某信息
            S-6,科研院所,江东研究院,,孙老师,139,2025-03-03,某信息
            """
        try await TestDatabase.with(backend) { database in
            let agency = try await CaseService(database.context()).ensureAgency(named: "某局", actor: "t")
            let outcome = try await ImportService(database.context()).importLedger(
                try ImportService.readTable(Data(csv.utf8), name: "x.csv"), fileName: "x.csv", into: agency, actor: "t")
            #expect(outcome.problems.isEmpty, "\(outcome.problems)")
            let stored = try await CaseService(database.context()).requests(agencyID: agency.requireID())
            let types = stored.sorted { $0.request.id < $1.request.id }.map(\.request.applicantType)
            #expect(types == [.naturalPerson, .legalService, .other, .other, .research, .research])
        }
    }

    @Test("a hostile workbook is refused through the core's hardened reader, naming the file", arguments: ["xxe", "truncated"])
    func hostileWorkbook(kind: String) throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let sheet = Data(
            (kind == "xxe"
                ? #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>"#
                : #"<worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>"#).utf8)
        try archive.addEntry(
            with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(sheet.count), compressionMethod: .deflate,
            provider: { position, size in sheet.subdata(in: Int(position)..<Int(position) + size) })
        var data = try #require(archive.data)
        if kind == "truncated" { data = data.prefix(data.count - 30) }
        do {
            _ = try ImportService.readTable(data, name: "台账.xlsx")
            Issue.record("read")
        } catch let error as LedgerReadError {
            #expect(error.description.hasPrefix("无法读取台账 台账.xlsx："))
            #expect(error.description.contains(kind == "xxe" ? "DOCTYPE" : "工作簿"))
        }
    }

    @Test("a corrupted applicant column is an error naming the row, not a crash", arguments: TestBackend.available)
    func corruptedRow(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { database in
            let service = CaseService(database.context())
            let agency = try await service.ensureAgency(named: "某局", actor: "t")
            try await service.create(
                [try AppFixtures.request("好1", receivedOn: "2025-03-03"), try AppFixtures.request("坏1", receivedOn: "2025-03-04")],
                agencyID: agency.requireID(), actor: "t")
            try await database.sql.raw("UPDATE requests SET applicant_column = 9 WHERE case_number = '坏1'").run()
            do {
                _ = try await ReportService(database.context()).annualReport(for: agency, year: 2025)
                Issue.record("a corrupted row was counted")
            } catch let error as StoredDataError {
                #expect(error.description == "数据库表 requests 中的记录 坏1 无效：申请人类型列 applicant_column 的值为 9，应为 0 至 5")
            }
            try await database.sql.raw("UPDATE requests SET applicant_column = 0, result_row = 'nonsense', closed_on = '2025-03-05' WHERE case_number = '坏1'").run()
            do {
                _ = try await ReportService(database.context()).annualReport(for: agency, year: 2025)
                Issue.record("a corrupted result was counted")
            } catch let error as StoredDataError {
                #expect(error.description.contains("坏1"))
                #expect(error.description.contains("“nonsense”无效"))
            }
        }
    }
}
