import Foundation
import Testing

@testable import GongkaiCore

@Suite("Register counting: table 2 from documents, decisions, item counts, fees and procurement (Register)")
struct RegisterCountingTests {
    static func registers() throws -> ProactiveRegisters {
        ProactiveRegisters(
            documents: [
                try RegisteredDocument(
                    id: "d1", kind: .regulation, title: "规章一", issuedOn: "2020-05-01", publishedOn: "2020-05-10"),
                try RegisteredDocument(
                    id: "d2", kind: .regulation, title: "规章二", issuedOn: "2021-03-01", publishedOn: "2021-03-05",
                    repealedOn: "2021-11-01"),
                try RegisteredDocument(
                    id: "d3", kind: .normativeDocument, title: "文件三", issuedOn: "2019-01-01", publishedOn: "2019-01-02",
                    repealedOn: "2021-06-30"),
                try RegisteredDocument(
                    id: "d4", kind: .normativeDocument, title: "文件四", issuedOn: "2021-12-30", publishedOn: "2022-01-05"),
                try RegisteredDocument(id: "d5", kind: .normativeDocument, title: "文件五", issuedOn: "2018-01-01"),
            ],
            decisionTallies: [
                try DecisionTally(id: "t1", category: .licensing, year: 2021, month: 1, count: 5),
                try DecisionTally(id: "t2", category: .licensing, year: 2021, month: 2, count: 7),
                try DecisionTally(id: "t3", category: .licensing, year: 2020, month: 12, count: 100),
                try DecisionTally(id: "t4", category: .penalty, year: 2021, month: 6, count: 3),
                try DecisionTally(id: "t5", category: .otherServices, year: 2021, month: 3, count: 4),
            ],
            itemCounts: [
                try ItemCountRecord(id: "i1", category: .licensing, year: 2020, count: 40),
                try ItemCountRecord(id: "i2", category: .licensing, year: 2021, count: 30),
                try ItemCountRecord(id: "i3", category: .licensing, year: 2021, count: 7),
                try ItemCountRecord(id: "i4", category: .fees, year: 2020, count: 5),
                try ItemCountRecord(id: "i5", category: .fees, year: 2021, count: 6),
                try ItemCountRecord(id: "i6", category: .penalty, year: 2021, count: 10),
            ],
            feeCollections: [
                try FeeCollection(id: "f1", year: 2021, month: 1, amountYuan: Decimal(string: "12345.6")!),
                try FeeCollection(id: "f2", year: 2021, month: 7, amountYuan: 54321),
                try FeeCollection(id: "f3", year: 2020, month: 7, amountYuan: 999),
            ],
            procurements: [
                try ProcurementProject(id: "p1", name: "设备", contractedOn: "2021-04-01", amountYuan: 1_000_000),
                try ProcurementProject(id: "p2", name: "服务", contractedOn: "2021-09-09", amountYuan: 82_360),
                try ProcurementProject(id: "p3", name: "旧项目", contractedOn: "2020-12-31", amountYuan: 5),
            ])
    }

    func build(_ template: TemplateVersion) throws -> ComputedAnnualReport {
        AnnualReportBuilder.build(
            AnnualReportInput(agency: "某局", year: 2021, template: template, registers: try Self.registers()))
    }

    @Test("2021 template: issued, repealed and in force at year end; decisions; fees in 万元")
    func template2021() throws {
        let computed = try build(.v2021)
        let table = try #require(computed.report.proactive)
        #expect(table["regulations"]! == [.integer(1), .integer(1), .integer(1)])
        #expect(table["normativeDocuments"]! == [.integer(1), .integer(1), .integer(2)])
        #expect(table["licensing"]! == [.integer(12)])
        #expect(table["penalties"]! == [.integer(3)])
        #expect(table["coercion"]! == [.integer(0)])
        // 12,345.6 + 54,321 = 66,666.6 元 = 6.66666 万元.
        #expect(table["fees"]! == [.decimal(Decimal(string: "6.66666")!)])
        #expect(computed.records(table: .proactive, row: "normativeDocuments", column: 2) == ["d4", "d5"])
        #expect(computed.records(table: .proactive, row: "regulations", column: 1) == ["d2"])
        #expect(computed.records(table: .proactive, row: "licensing", column: 0) == ["t1", "t2"])
        #expect(computed.records(table: .proactive, row: "fees", column: 0) == ["f1", "f2"])
        #expect(computed.records(table: .proactive, row: "otherServices", column: 0) == nil)
    }

    @Test("2019 template: newly made/published, published and in force; item counts and their change; procurement")
    func template2019() throws {
        let computed = try build(.v2019)
        let table = try #require(computed.report.proactive)
        // d2 issued and published in 2021; d1 published and in force at the end of 2021.
        #expect(table["regulations"]! == [.integer(1), .integer(1), .integer(1)])
        // d4 made in 2021 but published in 2022; d3 repealed; d5 never published.
        #expect(table["normativeDocuments"]! == [.integer(1), .integer(0), .integer(0)])
        // Licensing items: 40 at the end of 2020, 30 + 7 at the end of 2021 → −3.
        #expect(table["licensing"]! == [.integer(40), .integer(-3), .integer(12)])
        #expect(table["otherServices"]! == [.integer(0), .integer(0), .integer(4)])
        #expect(table["penalties"]! == [.integer(0), .integer(10), .integer(3)])
        #expect(table["coercion"]! == [.integer(0), .integer(0), .integer(0)])
        #expect(table["fees"]! == [.integer(5), .integer(1)])
        // 1,000,000 + 82,360 元 = 108.236 万元.
        #expect(table["procurement"]! == [.integer(2), .decimal(Decimal(string: "108.236")!)])
        #expect(computed.records(table: .proactive, row: "licensing", column: 1) == ["i1", "i2", "i3"])
        #expect(computed.records(table: .proactive, row: "procurement", column: 1) == ["p1", "p2"])
    }

    @Test("register records refuse impossible dates and values")
    func errors() {
        #expect(throws: RegisterError.self) {
            try RegisteredDocument(
                id: "x", kind: .regulation, title: "t", issuedOn: "2021-01-02", repealedOn: "2021-01-01")
        }
        #expect(throws: RegisterError.self) {
            try RegisteredDocument(
                id: "x", kind: .regulation, title: "t", issuedOn: "2021-01-02", publishedOn: "2021-01-01")
        }
        #expect(throws: RegisterError(recordID: "t", reason: .invalidMonth(13))) {
            try DecisionTally(id: "t", category: .licensing, year: 2021, month: 13, count: 1)
        }
        #expect(throws: RegisterError.self) {
            try DecisionTally(id: "t", category: .fees, year: 2021, month: 1, count: 1)
        }
        #expect(throws: RegisterError.self) { try ItemCountRecord(id: "i", category: .fees, year: 2021, count: -1) }
        #expect(throws: RegisterError.self) { try FeeCollection(id: "f", year: 2021, month: 1, amountYuan: -1) }
        #expect(RegisterError(recordID: "t", reason: .invalidMonth(13)).description == "登记记录 t：月份应为1至12，不能为13")
    }
}
