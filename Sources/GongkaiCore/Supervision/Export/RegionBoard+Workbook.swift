/// The whole board as an Excel workbook, with the same figures as the board.
///
/// Sheets: 报送情况 (each agency's status), 排名 (the ranking with each part of the score),
/// 表二汇总/表三汇总/表四汇总 (the region's sums on the official grid), 汇总明细 (every summed cell
/// with how many agencies filled it and how many left it blank), 问题清单 (every finding), and
/// 报告文件 (what became of each file). Lists have a filter on their header row.
extension RegionBoard {
    /// The sheet names, in order.
    public static let sheetNames = ["报送情况", "排名", "表二汇总", "表三汇总", "表四汇总", "汇总明细", "问题清单", "报告文件"]

    public func workbook() throws(RenderError) -> [UInt8] {
        typealias Content = XlsxSheetWriter.Content
        var sheets: [(name: String, xml: String)] = []
        var filters: [(sheet: Int, range: String)] = []
        func list(_ name: String, _ header: [String], _ rows: [[Content]], _ widths: [Double]) {
            let sheet = XlsxSheetWriter.listSheet(header: header, rows: rows, widths: widths)
            filters.append((sheets.count, sheet.filterRange))
            sheets.append((name, sheet.xml))
        }
        func text(_ value: String?) -> Content { value.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }
        func number(_ value: Int?) -> Content { value.map { .number(String($0)) } ?? .empty }
        func score(_ value: Double) -> Content { .number(ScoringScheme.format((value * 10).rounded() / 10)) }

        list(
            Self.sheetNames[0],
            ["序号", "机关名称", "类型", "所属地区", "状态", "法定时限", "公布日期", "日期依据", "逾期天数", "报告文件", "匹配", "错误", "警告", "提示"],
            agencies.enumerated().map { index, line in
                [
                    number(index + 1), text(line.agency.name), text(line.agency.kind.rawValue),
                    text(roster.path(of: line.agency.region)), text(line.statusText),
                    text(line.deadline.description), text(line.publication?.date.description),
                    text(line.publication?.sourceName), number(line.daysLate), text(line.report?.file),
                    text(line.match?.confidence.displayName), number(line.count(.error)),
                    number(line.count(.warning)), number(line.count(.info)),
                ]
            }, [6, 30, 6, 24, 16, 12, 12, 10, 8, 40, 8, 6, 6, 6])
        list(
            Self.sheetNames[1],
            ["名次", "机关名称", "总分", "按时公布", "要素齐全", "数据准确", "格式规范", "内容更新", "并列", "要素（共9项）", "错误", "警告", "照搬上年章节"],
            ranking.map { line in
                [
                    number(line.rank), text(roster.agency(line.agency)?.name), score(line.score.total),
                    score(line.score.onTime), score(line.score.completeness), score(line.score.accuracy),
                    score(line.score.conformity), score(line.score.originality), text(line.tied ? "是" : ""),
                    number(line.score.partsPresent), number(line.score.errors), number(line.score.warnings),
                    number(line.score.copiedSections),
                ]
            }, [6, 30, 8, 8, 8, 8, 8, 8, 6, 10, 6, 6, 10])
        let document = "\(title)（\(aggregate.members.count)个机关合计）"
        for table in TableID.allCases {
            let grid = TableGrid(aggregate.table(table).sums)
            let heading = Templates.section(table.sectionNumber).numberedHeading
            sheets.append(
                (
                    Self.sheetNames[2 + TableID.allCases.firstIndex(of: table)!],
                    XlsxSheetWriter.tableSheet(grid, title: document, heading: heading)
                ))
        }
        var cells: [[Content]] = []
        for table in aggregate.tables {
            for (rowIndex, row) in table.layout.rows.enumerated() {
                for (column, definition) in row.columns.enumerated() {
                    let cell = table.cells[rowIndex][column]
                    cells.append([
                        text(table.layout.table.shortName), text(row.key.rawValue), text(LongFormat.rowLabel(row)),
                        text(definition.key), text(definition.displayLabel),
                        cell.sum.map { .number($0.description) } ?? .empty, number(cell.reported), number(cell.gaps),
                    ])
                }
            }
        }
        list(
            Self.sheetNames[5], ["表", "行代码", "行", "列代码", "列", "合计", "已填报机关数", "空白机关数"], cells,
            [6, 28, 48, 16, 26, 12, 12, 12])
        var findings: [[Content]] = []
        for line in agencies {
            for finding in line.findings {
                findings.append([
                    text(line.agency.name), text(line.report?.file), text(finding.code.rawValue),
                    text(finding.severity.displayName), text(finding.location), text(finding.message),
                ])
            }
        }
        list(Self.sheetNames[6], ["机关名称", "报告文件", "规则代码", "级别", "位置", "说明"], findings, [28, 36, 22, 6, 28, 90])
        list(
            Self.sheetNames[7], ["报告文件", "读出的机关", "年度", "处理", "匹配到", "匹配", "相似度"],
            placements.map { placement in
                let best = placement.match?.candidates.first
                return [
                    text(placement.file), text(placement.match?.name), number(placement.year),
                    text(placement.role.displayName),
                    text(
                        placement.match?.agency.flatMap { roster.agency($0)?.name }
                            ?? best.flatMap { roster.agency($0.agency)?.name }),
                    text(placement.match?.confidence.displayName),
                    best.map { .number(ScoringScheme.format($0.score)) } ?? .empty,
                ]
            }, [40, 28, 6, 12, 28, 8, 8])
        return try XlsxWorkbook.package(sheets: sheets, filters: filters, title: title, creator: nil)
    }
}
