/// Writes a report as an Excel workbook (.xlsx): one sheet per statutory table laid out like the
/// official table (merged header and label cells, numbers as numbers, A4 fitted to the page
/// width), then a data sheet in long format — the records of `LongFormat`, one per cell, with a
/// filter on its header.
public enum XlsxRenderer {
    /// The name of the long-format sheet.
    public static let dataSheetName = "数据"

    public static func render(_ report: Report) throws(RenderError) -> [UInt8] {
        try render([report])
    }

    /// Several reports: the tables of the first one, and every report's records on the data sheet.
    public static func render(_ reports: [Report]) throws(RenderError) -> [UInt8] {
        var names: [String] = []
        var sheets: [String] = []
        if reports.count == 1, let report = reports.first {
            let document = ReportDocument(report)
            for section in document.sections {
                guard let grid = section.table else { continue }
                names.append(sheetName(grid.table))
                sheets.append(
                    XlsxSheetWriter.tableSheet(
                        grid, title: document.title, heading: section.heading, note: section.tableNote))
            }
        }
        let data = XlsxSheetWriter.dataSheet(reports.flatMap(LongFormat.records))
        names.append(dataSheetName)
        sheets.append(data.xml)
        let title = reports.count == 1 ? ReportDocument(reports[0]).title : "政府信息公开工作年度报告汇总"
        return try XlsxWorkbook.package(
            sheets: Array(zip(names, sheets)), filters: [(names.count - 1, data.filterRange)], title: title,
            creator: reports.count == 1 ? reports[0].agency : nil)
    }

    /// "表三 收到和处理政府信息公开申请情况": the table's short name and its section heading (at
    /// most 31 characters, as Excel allows).
    public static func sheetName(_ table: TableID) -> String {
        String((table.shortName + " " + Templates.section(table.sectionNumber).heading).prefix(31))
    }
}
