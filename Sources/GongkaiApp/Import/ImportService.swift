import FluentKit
import Foundation
import GongkaiCore
import SQLKit

/// Imports an existing ledger (台账, CSV or XLSX) into an agency's casework.
///
/// Every row is checked first (fields, dates, applicant, the history against the state machine,
/// case numbers unique in the file and new to the database). By default nothing is imported
/// when any row is bad; with `skipBad` the good rows are imported and the bad ones returned.
/// The good rows go in with one transaction, with an audit entry each.
public struct ImportService: Sendable {
    /// The caller's connection, logger and clock.
    public let context: ServiceContext

    /// A service working in `context`.
    public init(_ context: ServiceContext) {
        self.context = context
    }

    /// The outcome of an import.
    public struct Outcome: Sendable {
        /// The heading row as read.
        public let header: [String]
        /// The field each column was read as.
        public let fields: [LedgerField?]
        /// How many requests were stored.
        public let imported: Int
        /// The rows not imported and why, in file order.
        public let problems: [LedgerRowProblem]
        /// Remarks about the file as a whole (columns not used, defaults applied).
        public let notes: [String]
    }

    /// Why a ledger cannot be imported at all.
    public struct FileProblem: Error, Sendable, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    /// Reads `data` (XLSX when it is a zip archive, CSV otherwise).
    public static func readTable(_ data: Data, name: String) throws -> LedgerTable {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try XLSXReader.read([UInt8](data), name: name) }
        do {
            return try CSVReader.read([UInt8](data), name: name)
        } catch {
            throw LedgerReadError(file: name, reason: error.reason)
        }
    }

    /// Imports `table` into `agency`; `fileName` names generated case numbers.
    public func importLedger(
        _ table: LedgerTable, fileName: String, into agency: AgencyModel, mapping: LedgerMapping = LedgerMapping(),
        skipBad: Bool = false, actor: String
    ) async throws -> Outcome {
        try await importLedger(
            table, fileName: fileName, agencyNamed: agency.name, mapping: mapping, skipBad: skipBad, actor: actor)
    }

    /// Imports `table` into the agency named `agencyName`, which is created (in the import's
    /// transaction) when missing and at least one row is imported.
    public func importLedger(
        _ table: LedgerTable, fileName: String, agencyNamed agencyName: String, mapping: LedgerMapping = LedgerMapping(),
        skipBad: Bool = false, actor: String
    ) async throws -> Outcome {
        let service = CaseService(context)
        let agency = try await service.agency(named: agencyName)
        guard let headerIndex = table.rows.firstIndex(where: { !$0.isBlank }) else {
            throw FileProblem(reason: "台账中没有任何内容")
        }
        let header = table.rows[headerIndex].cells
        let fields = mapping.fields(for: header)
        let missing = LedgerField.required.filter { !fields.contains($0) }
        guard missing.isEmpty else {
            throw FileProblem(
                reason: "第\(table.rows[headerIndex].line)行表头中找不到"
                    + missing.map { "“\($0.label)”" }.joined(separator: "、") + "列；表头为："
                    + header.joined(separator: " | ") + "。可用 --map 表头=字段 指定，例如 --map 受理时间=received_on")
        }
        var notes: [String] = []
        // Every column the import does not use is named, never dropped silently.
        for (heading, field) in zip(header, fields) where field == nil {
            let name = heading.trimmingCharacters(in: .whitespacesAndNewlines)
            if !name.isEmpty { notes.append("列“\(name)”未识别，已忽略") }
        }
        if fields.contains(.consultationSentOn), !fields.contains(.consultationKind) {
            notes.append("没有“征求意见类型”列，征求意见均按征求第三方意见（第三十二条）导入")
        }
        if !fields.contains(.channel) { notes.append("没有“申请方式”列，均按在线申请导入") }
        if !fields.contains(.caseNumber) { notes.append("没有“申请编号”列，编号取“文件名#行号”") }

        let parser = LedgerRowParser(
            fields: fields, agencyID: AgencyID(agency?.id?.uuidString ?? agencyName), fileName: fileName)
        var good: [(line: Int, request: DisclosureRequest, cells: [String])] = []
        var problems: [LedgerRowProblem] = []
        var firstLine: [String: Int] = [:]
        for row in table.rows[(headerIndex + 1)...] where !row.isBlank {
            switch parser.parse(row) {
            case .success(let request):
                if let earlier = firstLine[request.id.rawValue] {
                    problems.append(
                        LedgerRowProblem(
                            line: row.line, reasons: ["申请编号“\(request.id)”与第\(earlier)行重复"], cells: row.cells))
                } else {
                    firstLine[request.id.rawValue] = row.line
                    good.append((row.line, request, row.cells))
                }
            case .failure(let problem):
                problems.append(problem)
            }
        }
        var existing: Set<String> = []
        if let agency {
            existing = try await existingCaseNumbers(good.map(\.request.id.rawValue), agencyID: agency.requireID())
        }
        if !existing.isEmpty {
            good.removeAll { item in
                guard existing.contains(item.request.id.rawValue) else { return false }
                problems.append(
                    LedgerRowProblem(
                        line: item.line, reasons: ["申请编号“\(item.request.id)”已在数据库中（\(agencyName)）"],
                        cells: item.cells))
                return true
            }
        }
        problems.sort { $0.line < $1.line }
        guard problems.isEmpty || skipBad else {
            return Outcome(header: header, fields: fields, imported: 0, problems: problems, notes: notes)
        }
        let requests = good.map(\.request)
        if !requests.isEmpty {
            let agencyID = try await context.db.transaction { db in
                var target = agency
                if target == nil {
                    target = try await service.insertAgency(named: agencyName, region: nil, actor: actor, on: db)
                }
                let agencyID = try target!.requireID()
                _ = try await service.insert(requests, agencyID: agencyID, actor: actor, on: db)
                return agencyID
            }
            context.logger.info(
                "ledger imported",
                metadata: ["agency": "\(agencyID)", "imported": "\(requests.count)", "rejected": "\(problems.count)"])
        }
        return Outcome(header: header, fields: fields, imported: requests.count, problems: problems, notes: notes)
    }

    /// Which of `caseNumbers` the agency already has.
    func existingCaseNumbers(_ caseNumbers: [String], agencyID: UUID) async throws -> Set<String> {
        var found: Set<String> = []
        var start = 0
        while start < caseNumbers.count {
            let chunk = Array(caseNumbers[start..<min(caseNumbers.count, start + 500)])
            let rows = try await RequestModel.query(on: context.db).filter(\.$agency.$id == agencyID)
                .filter(\.$caseNumber ~~ chunk).field(\.$id).field(\.$caseNumber).all()
            found.formUnion(rows.map(\.caseNumber))
            start += 500
        }
        return found
    }

    /// The rejected rows as CSV (UTF-8 with a byte-order mark, for Excel): 行号, the original
    /// columns, 错误原因.
    public static func problemsCSV(header: [String], problems: [LedgerRowProblem]) -> String {
        var lines = [CSVReader.line(["行号"] + header + ["错误原因"])]
        for problem in problems {
            var cells = problem.cells
            if cells.count < header.count { cells += Array(repeating: "", count: header.count - cells.count) }
            lines.append(CSVReader.line([String(problem.line)] + cells + [problem.reasons.joined(separator: "；")]))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
