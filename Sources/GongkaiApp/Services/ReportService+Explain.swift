import FluentKit
import Foundation
import GongkaiCore
import SQLKit

/// A cell named as in the auditor's findings: `requests.total[6]`, `requests.denied.stateSecret[0]`,
/// `review.reconsideration[3]`, `proactive.licensing.change` (or `proactive.licensing[1]`).
public struct CellLocation: Sendable, Hashable, CustomStringConvertible {
    /// The cell.
    public let address: CellAddress
    /// The row's definition in the template.
    public let row: RowDefinition

    /// The cell named by `text` in the layout of `template`, or why there is none.
    public init(_ text: String, template: TemplateVersion) throws(CellLocationError) {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard let dot = text.firstIndex(of: "."), let table = TableID(rawValue: String(text[..<dot])) else {
            throw CellLocationError(text: text, reason: "应以 requests.、review. 或 proactive. 开头")
        }
        let layout = Templates.layout(table, template)
        let rest = text[text.index(after: dot)...]
        var rowKey: RowKey
        var column: Int?
        if rest.hasSuffix("]"), let open = rest.lastIndex(of: "[") {
            rowKey = RowKey(String(rest[..<open]))
            column = Int(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
            guard column != nil else { throw CellLocationError(text: text, reason: "方括号中应为列序号（从0开始）") }
        } else if table == .proactive, let last = rest.lastIndex(of: ".") {
            rowKey = RowKey(String(rest[..<last]))
            let columnKey = String(rest[rest.index(after: last)...])
            guard let definition = layout.row(rowKey) else {
                throw CellLocationError(text: text, reason: "\(template.displayName)表格中没有行 \(rowKey)")
            }
            column = definition.columns.firstIndex { $0.key == columnKey }
            guard column != nil else {
                throw CellLocationError(
                    text: text,
                    reason: "行 \(rowKey) 没有列 \(columnKey)；可用：" + definition.columns.map(\.key).joined(separator: "、"))
            }
        } else {
            throw CellLocationError(text: text, reason: "缺少列，例如 requests.total[6]")
        }
        guard let definition = layout.row(rowKey) else {
            throw CellLocationError(
                text: text,
                reason: "\(template.displayName)\(table.shortName)中没有行 \(rowKey)；可用："
                    + layout.rows.map(\.key.rawValue).joined(separator: "、"))
        }
        guard let column, definition.columns.indices.contains(column) else {
            throw CellLocationError(text: text, reason: "列序号应为 0 至 \(definition.columns.count - 1)")
        }
        address = CellAddress(table, rowKey, column)
        row = definition
    }

    /// `requests.total[6]`.
    public var description: String { address.description }

    /// 表三“（七）总计”行“总计”列.
    public var label: String {
        let column = row.columns[address.column].label
        let rowLabel =
            address.table == .review && !row.groups.isEmpty ? "\(row.groups[0])·\(row.label)" : row.displayLabel
        return "\(address.table.shortName)“\(rowLabel)”\(address.table == .review ? "" : "行")“\(column)”"
            + (address.table == .review ? "" : "列")
    }
}

/// A cell name that does not name a cell of the template.
public struct CellLocationError: Error, Sendable, CustomStringConvertible {
    public let text: String
    public let reason: String
    public var description: String { "单元格位置“\(text)”无效：\(reason)" }
}

extension ReportService {
    /// A record counted in a cell.
    public struct CountedRecord: Sendable, Hashable {
        /// The case number or record id.
        public let id: String
        /// Dates and results worth showing ("收到 2025-03-04 · 答复 2025-03-20 · 予以公开").
        public let detail: String
    }

    /// What a cell counts: its value and the records behind it.
    public struct CellExplanation: Sendable {
        public let location: CellLocation
        public let value: Cell?
        public let records: [CountedRecord]
    }

    /// The records counted in `location` of `annual`: for table 3 a query with the cell's
    /// conditions; for tables 2 and 4 the core's drill-down.
    public func explain(_ location: CellLocation, in annual: AnnualReport) async throws -> CellExplanation {
        let value = annual.report[table: location.address.table]?[location.address.row, location.address.column]
        switch location.address.table {
        case .requests:
            let records = try await requestsInCell(
                location.address, agencyID: annual.agencyID, year: annual.year, template: annual.template)
            return CellExplanation(location: location, value: value, records: records)
        case .review, .proactive:
            let ids = annual.registersAndAppeals.records(in: location.address) ?? []
            return CellExplanation(
                location: location, value: value, records: ids.map { CountedRecord(id: $0.rawValue, detail: "") })
        }
    }

    /// The requests counted in a table-3 cell, in order of receipt.
    func requestsInCell(_ cell: CellAddress, agencyID: UUID, year: Int, template: TemplateVersion) async throws
        -> [CountedRecord]
    {
        typealias C = RequestModel.Column
        let start = CivilDate.startOfYear(year).description
        let end = CivilDate.endOfYear(year).description
        let received = C.receivedOn.description
        let closed = C.closedOn.description
        var query: SQLQueryString = """
            SELECT \(ident: C.caseNumber.description) AS case_number, \(ident: received) AS received_on,
                   \(ident: closed) AS closed_on, \(ident: C.resultRow.description) AS result_row,
                   \(ident: C.closureWay.description) AS closure_way
            FROM \(ident: RequestModel.schema) WHERE \(ident: C.agencyID.description) = \(bind: agencyID) AND
            """
        switch cell.row {
        case Templates.Row.newReceived:
            query += " \(ident: received) >= \(bind: start) AND \(ident: received) <= \(bind: end)"
        case Templates.Row.carriedOver:
            query +=
                " \(ident: received) < \(bind: start) AND (\(ident: closed) IS NULL OR \(ident: closed) >= \(bind: start))"
        case Templates.Row.carriedForward:
            query +=
                " \(ident: received) <= \(bind: end) AND (\(ident: closed) IS NULL OR \(ident: closed) > \(bind: end))"
        default:
            query += " \(ident: closed) >= \(bind: start) AND \(ident: closed) <= \(bind: end)"
            if cell.row != Templates.Row.total {
                let results = ReplyResult.allCases.filter { $0.rowKey(in: template) == cell.row }.map(\.rawValue)
                query += " AND \(ident: C.resultRow.description) IN (\(binds: results))"
            }
        }
        if cell.column != Templates.requestsTotalColumn {
            query += " AND \(ident: C.applicantColumn.description) = \(bind: cell.column)"
        }
        query += " ORDER BY \(ident: received), \(ident: C.caseNumber.description)"
        return try await sql.raw(query).all().map { row in
            let caseNumber = try row.decode(column: "case_number", as: String.self)
            var parts = ["收到 " + (try row.decode(column: "received_on", as: String.self))]
            if let closedOn = try row.decode(column: "closed_on", as: String?.self) {
                let result = try row.decode(column: "result_row", as: String?.self).flatMap(ReplyResult.init(rawValue:))
                let way = try row.decode(column: "closure_way", as: String?.self)
                let verb = way == RequestClosure.Way.withdrawn.rawValue ? "撤回" : way == "replied" ? "答复" : "办结"
                parts.append("\(verb) \(closedOn)")
                if let result { parts.append(result.label) }
            } else {
                parts.append("办理中")
            }
            return CountedRecord(id: caseNumber, detail: parts.joined(separator: " · "))
        }
    }
}
