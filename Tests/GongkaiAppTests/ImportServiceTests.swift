import FluentSQLiteDriver
import Foundation
import GongkaiApp
import GongkaiCore
import Testing
import ZIPFoundation

@Suite("Ledger import: CSV and XLSX, bad rows with line numbers, all or nothing")
struct ImportServiceTests {
    static let header = "申请编号,收到日期,申请人类型,申请人姓名/名称,证件号码,联系人,联系电话,申请方式,申请内容,办理结果,答复日期"

    static let goodCSV = """
        \u{FEFF}\(header)
        J-1,2025-03-04,自然人,张三,11010519491231002X,,13800000000,在线,"2025年预算,""三公""经费",予以公开,2025/3/20
        J-2,2025年4月1日,商业企业,江东华信科技有限公司,,王经办,0519-1234567,信函,"某地块
        规划许可",（四）无法提供 1.本机关不掌握相关政府信息,2025-04-15
        J-3,2025-12-29,律师事务所,某律师事务所,,李律师,010-1,当面,某案卷,,
        J-4,2025-05-06,自然人,赵六,11010519491231002X,,139,在线,某文件,撤回,2025-05-07
        J-5,2025-05-06,科研机构,某研究院,,周老师,139,电子邮件,某数据,部分公开,2025-05-08
        """

    @Test("a UTF-8 CSV with a BOM, quotes, commas and line breaks in cells imports every row", arguments: TestBackend.available)
    func goodCSV(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { database in
            let agency = try await CaseService(database.context()).ensureAgency(named: "江东市某局", actor: "t")
            let table = try ImportService.readTable(Data(Self.goodCSV.utf8), name: "台账.csv")
            let outcome = try await ImportService(database.context()).importLedger(
                table, fileName: "台账.csv", into: agency, actor: "import:台账.csv")
            #expect(outcome.problems.isEmpty, "\(outcome.problems)")
            #expect(outcome.imported == 5)
            let stored = try await CaseService(database.context()).requests(agencyID: agency.requireID())
            let byID = Dictionary(uniqueKeysWithValues: stored.map { ($0.request.id.rawValue, $0.request) })
            #expect(byID["J-1"]?.content == "2025年预算,\"三公\"经费")
            #expect(byID["J-1"]?.closure?.result == .granted)
            #expect(byID["J-2"]?.content == "某地块\n规划许可")
            #expect(byID["J-2"]?.closure?.result == .unavailableNotHeld)
            #expect(byID["J-2"]?.channel == .letter)
            #expect(byID["J-3"]?.closure == nil)
            #expect(byID["J-3"]?.applicantType == .legalService)
            #expect(byID["J-4"]?.closure?.way == .withdrawn)
            #expect(byID["J-5"]?.closure?.result == .partiallyGranted)
            let report = try await ReportService(database.context()).annualReport(for: agency, year: 2025)
            #expect(report.report.requests?.integer("newReceived", 6) == 5)
            #expect(report.report.requests?.integer("carriedForward", 6) == 1)
        }
    }

    static let badCSV = """
        \(header)
        B-1,2025-03-04,自然人,张三,11010519491231002X,,13800000000,在线,某信息,予以公开,2025-03-20
        B-2,2025-13-04,自然人,李四,11010519491231002X,,13800000000,在线,某信息,,
        B-3,2025-03-04,外星人,王五,,,13800000000,在线,某信息,,
        B-4,2025-03-04,自然人,赵六,110105194912310021,,13800000000,在线,某信息,予以公开,2025-03-01
        B-1,2025-03-05,自然人,钱七,11010519491231002X,,13800000000,在线,某信息,,
        B-6,2025-03-04,自然人,孙八,11010519491231002X,,13800000000,飞鸽,某信息,予以公开,
        """

    @Test("any bad row stops the whole import, each reported with its line and reason", arguments: TestBackend.available)
    func allOrNothing(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { database in
            let agency = try await CaseService(database.context()).ensureAgency(named: "某局", actor: "t")
            let table = try ImportService.readTable(Data(Self.badCSV.utf8), name: "bad.csv")
            let outcome = try await ImportService(database.context()).importLedger(
                table, fileName: "bad.csv", into: agency, actor: "t")
            #expect(outcome.imported == 0)
            #expect(outcome.problems.map(\.line) == [3, 4, 5, 6, 7])
            let text = outcome.problems.map(\.description)
            #expect(text[0].hasPrefix("第3行：收到日期“2025-13-04”不是有效日期"))
            #expect(text[1].contains("申请人类型“外星人”无法识别"))
            #expect(text[2].contains("校验位错误"))
            #expect(text[3].contains("与第2行重复"))
            #expect(text[4].contains("申请方式“飞鸽”无法识别") && text[4].contains("缺少答复日期"))
            #expect(try await TestDatabase.count("requests", in: database) == 0)
        }
    }

    @Test("with skipBad the good rows are imported and the bad ones written with a reason column", arguments: TestBackend.available)
    func skipBad(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { database in
            let agency = try await CaseService(database.context()).ensureAgency(named: "某局", actor: "t")
            let table = try ImportService.readTable(Data(Self.badCSV.utf8), name: "bad.csv")
            let outcome = try await ImportService(database.context()).importLedger(
                table, fileName: "bad.csv", into: agency, skipBad: true, actor: "t")
            #expect(outcome.imported == 1)
            #expect(try await TestDatabase.count("requests", in: database) == 1)
            let csv = ImportService.problemsCSV(header: outcome.header, problems: outcome.problems)
            let reread = CSVReader.parse(csv)
            #expect(reread.rows.count == 6)
            #expect(reread.rows[0].cells.first == "行号")
            #expect(reread.rows[0].cells.last == "错误原因")
            #expect(reread.rows[1].cells.first == "3")
            // A second import of the same ledger finds B-1 already stored.
            let again = try await ImportService(database.context()).importLedger(
                table, fileName: "bad.csv", into: agency, skipBad: true, actor: "t")
            #expect(again.problems.first?.description.contains("已在数据库中") == true)
        }
    }

    @Test("--map names columns the defaults do not know")
    func mapping() throws {
        let mapping = try LedgerMapping.parse("受理时间=received_on, 来源=channel")
        let fields = mapping.fields(for: ["序号", "受理时间", "申请人类型", "申请人", "来源", "申请内容"])
        #expect(fields == [nil, .receivedOn, .applicantType, .applicantName, .channel, .content])
        #expect(throws: LedgerMappingError.self) { try LedgerMapping.parse("受理时间=when") }
    }

    @Test("an XLSX ledger is read from shared strings, inline strings and date serials", arguments: TestBackend.available)
    func xlsx(backend: TestBackend) async throws {
        let data = try Self.workbook(
            shared: ["申请编号", "收到日期", "申请人类型", "申请人姓名/名称", "证件号码", "联系电话", "申请内容", "办理结果", "答复日期", "予以公开"],
            rows: [
                [.shared(0), .shared(1), .shared(2), .shared(3), .shared(4), .shared(5), .shared(6), .shared(7), .shared(8)],
                [
                    .inline("X-1"), .number("45720"), .inline("自然人"), .inline("周九"), .inline("11010519491231002X"),
                    .number("13800000000"), .inline("某项目批复"), .shared(9), .inline("2025-03-10"),
                ],
            ])
        let table = try XLSXReader.read([UInt8](data), name: "台账.xlsx")
        #expect(table.rows.count == 2)
        #expect(table.rows[1].cells[1] == "45720")
        try await TestDatabase.with(backend) { database in
            let agency = try await CaseService(database.context()).ensureAgency(named: "某局", actor: "t")
            let outcome = try await ImportService(database.context()).importLedger(
                try ImportService.readTable(data, name: "台账.xlsx"), fileName: "台账.xlsx", into: agency, actor: "t")
            #expect(outcome.problems.isEmpty, "\(outcome.problems)")
            let stored = try await CaseService(database.context()).requests(agencyID: agency.requireID())
            #expect(stored.first?.request.receivedOn == "2025-03-04")  // Excel serial 45720
            #expect(stored.first?.request.closure?.result == .granted)
        }
    }

    enum XCell {
        case shared(Int), inline(String), number(String)
    }

    /// A minimal workbook: sharedStrings.xml and sheet1.xml.
    static func workbook(shared: [String], rows: [[XCell]]) throws -> Data {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var sheet = #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (r, row) in rows.enumerated() {
            sheet += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = "\(letters[c])\(r + 1)"
                switch cell {
                case .shared(let index): sheet += "<c r=\"\(ref)\" t=\"s\"><v>\(index)</v></c>"
                case .inline(let text): sheet += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
                case .number(let text): sheet += "<c r=\"\(ref)\"><v>\(text)</v></c>"
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        var strings = #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        for text in shared { strings += "<si><t>\(text)</t></si>" }
        strings += "</sst>"
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in [("xl/sharedStrings.xml", strings), ("xl/worksheets/sheet1.xml", sheet)] {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate,
                provider: { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) })
        }
        return try #require(archive.data)
    }
}
