import Foundation

@testable import GongkaiCore

/// Reports built in code for rule tests: consistent unless a test breaks them on purpose.
enum SampleReports {
    /// A complete, consistent report: all sections, every cell filled, every identity true.
    /// Table 3: 5 new natural-person applications + 0 carried over = 3 granted + 1 not held
    /// (（七）总计 4) + 1 carried forward. Table 4: 1 reconsideration upheld, 1 pending.
    static func consistent(template: TemplateVersion = .v2021, year: Int = 2024) -> Report {
        var report = Report.skeleton(template: template, year: year, agency: "某某市某某局")
        report.sections = Templates.sections.map {
            ReportSection(number: $0.number, heading: $0.heading, text: $0.number == 6 ? "无。" : "")
        }
        report.sections[0].text = "\(year)年，本机关共受理政府信息公开申请5件，答复4件，另有1件结转下年度继续办理。"
        for table in TableID.allCases {
            var values = report[table: table]!
            for (index, row) in values.layout.rows.enumerated() {
                for column in row.columns.indices {
                    values[row: index, column: column] = row.columns[column].kind == .amount ? .decimal(0) : .integer(0)
                }
            }
            report[table: table] = values
        }
        set(&report.requests!, Templates.Row.newReceived, natural: 5)
        set(&report.requests!, Templates.Row.granted, natural: 3)
        set(&report.requests!, "unavailable.notHeld", natural: 1)
        set(&report.requests!, Templates.Row.total, natural: 4)
        set(&report.requests!, Templates.Row.carriedForward, natural: 1)
        report.review![Templates.Row.reconsideration, 0] = .integer(1)
        report.review![Templates.Row.reconsideration, 3] = .integer(1)
        report.review![Templates.Row.reconsideration, 4] = .integer(2)
        return report
    }

    /// Sets the 自然人 column and the 总计 column of `row` to `natural`.
    static func set(_ table: inout ReportTable, _ row: RowKey, natural: Int) {
        table[row, 0] = .integer(natural)
        table[row, Templates.requestsTotalColumn] = .integer(natural)
    }

    /// `report` as read from a document with `notes`.
    static func parsed(_ report: Report, notes: [ExtractionNote] = [], format: SourceFormat = .text) -> ParsedReport {
        ParsedReport(report: report, format: format, notes: notes)
    }
}
