import Foundation
import GongkaiApp
import GongkaiCore

/// The region's tables 2–4 summed on the official grid, each sum a link to its agencies' values.
struct SupervisionSumsView: Encodable {
    struct Cell: Encodable {
        let text: String
        let header: Bool
        let colspan: Int
        let rowspan: Int
        let path: String?
        let url: String?
        /// "缺2": agencies added up that left the cell blank.
        let gaps: String?
        let scope: String
    }

    struct Table: Encodable {
        let title: String
        let rows: [[Cell]]
        let incomplete: Int
    }

    let page: PageContext
    let title: String
    let members: Int
    let missing: Int
    let excluded: String?
    let templateName: String
    let tables: [Table]
    let boardURL: String

    static let titles: [TableID: String] = [
        .proactive: "表二 主动公开政府信息情况（合计）", .requests: "表三 收到和处理政府信息公开申请情况（合计）",
        .review: "表四 政府信息公开行政复议、行政诉讼情况（合计）",
    ]

    init(page: PageContext, board: RegionBoard) {
        self.page = page
        let aggregate = board.aggregate
        title = board.title
        members = aggregate.members.count
        missing = aggregate.missing.count
        excluded = aggregate.excluded.isEmpty ? nil : aggregate.excluded.map { board.roster.agency($0)?.name ?? $0.rawValue }.joined(separator: "、")
        templateName = aggregate.template.displayName
        tables = TableID.allCases.map { id in
            let summed = aggregate.table(id)
            let rows = TableGrid(summed.sums).rows.map { row in
                row.filter { !$0.continuesMerge }.map { cell -> Cell in
                    if case .value(let rowKey, let column) = cell.role {
                        let path = CellAddress(id, rowKey, column).description
                        let gaps = summed[rowKey, column]?.gaps ?? 0
                        return Cell(
                            text: cell.text.isEmpty ? "—" : cell.text, header: false, colspan: cell.columnSpan, rowspan: cell.rowSpan,
                            path: path, url: SiteURL.staffSupervisionSumCell(.value(board.year), .value(path)).path,
                            gaps: gaps > 0 && !aggregate.members.isEmpty ? "缺\(gaps)" : nil, scope: "")
                    }
                    let scope = if case .label = cell.role { "row" } else { "col" }
                    return Cell(
                        text: cell.text, header: true, colspan: cell.columnSpan, rowspan: cell.rowSpan, path: nil, url: nil, gaps: nil,
                        scope: scope)
                }
            }
            return Table(title: Self.titles[id] ?? id.rawValue, rows: rows, incomplete: summed.incompleteCells)
        }
        boardURL = SiteURL.staffSupervisionYear(.value(board.year)).path
    }
}

/// One summed cell and the agencies' values behind it.
struct SupervisionCellView: Encodable {
    struct Line: Encodable {
        let agency: String
        let region: String
        let value: String
        let blank: Bool
        let file: String?
        let fileURL: String?
    }

    let page: PageContext
    let label: String
    let cell: String
    let sum: String
    let reported: Int
    let gaps: Int
    let lines: [Line]
    let missing: [String]
    let excluded: [String]
    let sumsURL: String
    let boardURL: String

    init(page: PageContext, board: RegionBoard, location: CellLocation, files: [AgencyID: LabeledLink]) {
        self.page = page
        let aggregate = board.aggregate
        let address = location.address
        label = location.label
        cell = location.description
        let summed = aggregate.table(address.table)[address.row, address.column]
        sum = summed?.sum?.description ?? "（空）"
        reported = summed?.reported ?? 0
        gaps = summed?.gaps ?? 0
        let roster = board.roster
        lines = aggregate.contributions(address.table, row: address.row, column: address.column).map { contribution in
            let agency = roster.agency(contribution.agency)
            let file = files[contribution.agency]
            return Line(
                agency: agency?.name ?? contribution.agency.rawValue, region: agency.flatMap { roster.region($0.region)?.name } ?? "",
                value: contribution.value?.description ?? "空白", blank: contribution.value == nil, file: file?.label,
                fileURL: file.flatMap { $0.url.isEmpty ? nil : $0.url })
        }
        missing = aggregate.missing.map { roster.agency($0)?.name ?? $0.rawValue }
        excluded = aggregate.excluded.map { roster.agency($0)?.name ?? $0.rawValue }
        sumsURL = SiteURL.staffSupervisionSums(.value(board.year)).path
        boardURL = SiteURL.staffSupervisionYear(.value(board.year)).path
    }
}
