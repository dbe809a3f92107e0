import Testing

@testable import GongkaiCore

@Suite("Annual report builder: table 3 from requests, carry-over and drill-down (AnnualReport)")
struct AnnualReportBuilderTests {
    static func requests() throws -> [DisclosureRequest] {
        let fixtures = CaseworkFixtures.self
        let notice = try FeeNotice(basis: .perVolume(pages: 40))  // pay by 2021-07-01: 20 working days after 06-02
        return [
            try fixtures.request(
                "a", .naturalPerson, receivedOn: "2020-12-20",
                events: [RequestEvent(.replied(.granted), on: "2021-01-10")]),
            try fixtures.request("b", .commercial, receivedOn: "2020-12-28"),
            try fixtures.request(
                "c", .naturalPerson, receivedOn: "2021-03-01",
                events: [
                    RequestEvent(.correctionRequested(correctionDue: "2021-03-20"), on: "2021-03-02"),
                    RequestEvent(.correctionLapsed, on: "2021-04-01"),
                ]),
            try fixtures.request(
                "d", .research, receivedOn: "2021-05-05", events: [RequestEvent(.withdrawn, on: "2021-05-06")]),
            try fixtures.request(
                "e", .legalService, receivedOn: "2021-12-30",
                events: [RequestEvent(.replied(.deniedInternalAffairs), on: "2022-01-05")]),
            try fixtures.request(
                "f", .other, receivedOn: "2020-06-01", events: [RequestEvent(.replied(.granted), on: "2020-06-20")]),
            try fixtures.request("g", .socialWelfare, receivedOn: "2022-01-03"),
            try fixtures.request(
                "h", .naturalPerson, receivedOn: "2021-06-01",
                events: [
                    RequestEvent(.feeNoticeIssued(notice), on: "2021-06-02"),
                    RequestEvent(.feeLapsed(noticeDeliveredOn: nil), on: "2021-07-02"),
                ]),
        ]
    }

    func build(_ year: Int, _ template: TemplateVersion) throws -> ComputedAnnualReport {
        AnnualReportBuilder.build(
            AnnualReportInput(agency: "某市某局", year: year, template: template, requests: try Self.requests()))
    }

    func row(_ values: Int...) -> [Cell?] { values.map { .integer($0) } }

    @Test("2021 in the 2021 template, counted by hand")
    func table2021() throws {
        let computed = try build(2021, .v2021)
        let table = try #require(computed.report.requests)
        #expect(table["newReceived"]! == row(2, 0, 1, 0, 1, 0, 4))  // c, h; d; e
        #expect(table["carriedOver"]! == row(1, 1, 0, 0, 0, 0, 2))  // a; b
        #expect(table["granted"]! == row(1, 0, 0, 0, 0, 0, 1))  // a
        #expect(table["otherHandling.noCorrection"]! == row(1, 0, 0, 0, 0, 0, 1))  // c
        #expect(table["otherHandling.unpaidFee"]! == row(1, 0, 0, 0, 0, 0, 1))  // h
        #expect(table["otherHandling.other"]! == row(0, 0, 1, 0, 0, 0, 1))  // d (withdrawn)
        #expect(table["denied.internalAffairs"]! == row(0, 0, 0, 0, 0, 0, 0))  // e closes in 2022
        #expect(table["total"]! == row(3, 0, 1, 0, 0, 0, 4))
        #expect(table["carriedForward"]! == row(0, 1, 0, 0, 1, 0, 2))  // b; e
        #expect(table.rows.allSatisfy { $0.allSatisfy { $0 != nil } })
        #expect(computed.report.title == "某市某局2021年政府信息公开工作年度报告")
        #expect(computed.report.sections.count == 6)
        #expect(computed.report.sections.allSatisfy { $0.text.isEmpty })
        #expect(computed.report.proactive?.rows.allSatisfy { $0.allSatisfy { $0 != nil } } == true)
        #expect(computed.report.review?.rows.allSatisfy { $0.allSatisfy { $0 != nil } } == true)
    }

    @Test("the 2019 template collapses the three （六） results into one row")
    func collapse2019() throws {
        let table = try #require(try build(2021, .v2019).report.requests)
        #expect(table["otherHandling"]! == row(2, 0, 1, 0, 0, 0, 3))  // c, h; d
        #expect(table["otherHandling.other"] == nil)
        #expect(table["total"]! == row(3, 0, 1, 0, 0, 0, 4))
    }

    @Test("year N's 上年结转 equals year N−1's 结转下年度, column by column")
    func carryOverLinks() throws {
        let previous = try #require(try build(2020, .v2019).report.requests)
        let current = try #require(try build(2021, .v2021).report.requests)
        #expect(previous["carriedForward"]! == row(1, 1, 0, 0, 0, 0, 2))
        #expect(previous["newReceived"]! == row(1, 1, 0, 0, 0, 1, 3))  // a, b, f
        #expect(current["carriedOver"]! == previous["carriedForward"]!)
    }

    @Test("drill-down returns the requests of a cell; 总计 cells return the union")
    func drillDown() throws {
        let computed = try build(2021, .v2021)
        #expect(computed.records(table: .requests, row: "newReceived", column: 0) == ["c", "h"])
        #expect(computed.records(table: .requests, row: "newReceived", column: 6) == ["c", "d", "e", "h"])
        #expect(computed.records(table: .requests, row: "total", column: 6) == ["a", "c", "d", "h"])
        #expect(computed.records(table: .requests, row: "total", column: 0) == ["a", "c", "h"])
        #expect(computed.records(table: .requests, row: "carriedForward", column: 6) == ["b", "e"])
        #expect(computed.records(table: .requests, row: "otherHandling", column: 0) == nil)
        #expect(computed.records(table: .requests, row: "granted", column: 7) == nil)
        let collapsed = try build(2021, .v2019)
        #expect(collapsed.records(in: CellAddress(.requests, "otherHandling", 6)) == ["c", "d", "h"])
    }

    @Test("the classification names the rows a request adds to, for checking a SQL GROUP BY")
    func classification() throws {
        let requests = try Self.requests()
        let e = RequestCounting.classify(requests[4], year: 2021, template: .v2021)
        #expect(e.rows == ["newReceived", "carriedForward"])
        #expect(e.column == 4)
        #expect(e.cells.count == 4)
        let e2022 = RequestCounting.classify(requests[4], year: 2022, template: .v2021)
        #expect(e2022.rows == ["carriedOver", "denied.internalAffairs"])
        #expect(e2022.cells.contains(CellAddress(.requests, "total", 6)))
        #expect(RequestCounting.classify(requests[5], year: 2021, template: .v2021).rows.isEmpty)
        #expect(RequestCounting.classify(requests[6], year: 2021, template: .v2021).rows.isEmpty)
        #expect(CellAddress(.requests, "total", 6).description == "requests.total[6]")
    }
}
