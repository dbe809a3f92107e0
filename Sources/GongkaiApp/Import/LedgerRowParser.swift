import Foundation
import GongkaiCore

/// Turns one ledger row into a `DisclosureRequest` through the core's validating constructors,
/// or says in Chinese why it cannot.
struct LedgerRowParser {
    let fields: [LedgerField?]
    let agencyID: AgencyID
    /// Used for case numbers when the ledger has no 申请编号 column: "台账.xlsx#12".
    let fileName: String
    let hasChannelColumn: Bool

    init(fields: [LedgerField?], agencyID: AgencyID, fileName: String) {
        self.fields = fields
        self.agencyID = agencyID
        self.fileName = fileName
        hasChannelColumn = fields.contains(.channel)
    }

    /// The row's request, or the reasons it is bad (all of them, not only the first).
    func parse(_ row: LedgerTable.Row) -> Result<DisclosureRequest, LedgerRowProblem> {
        var values: [LedgerField: String] = [:]
        for (index, field) in fields.enumerated() {
            guard let field, index < row.cells.count else { continue }
            let text = row.cells[index].trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { values[field] = text }
        }
        var reasons: [String] = []
        func date(_ field: LedgerField) -> CivilDate? {
            guard let text = values[field] else { return nil }
            guard let date = LedgerValues.date(text) else {
                reasons.append("\(field.label)“\(text)”不是有效日期（应为 2025-03-04 或 2025年3月4日）")
                return nil
            }
            return date
        }
        func require(_ field: LedgerField) -> String? {
            guard let text = values[field] else {
                reasons.append("缺少\(field.label)")
                return nil
            }
            return text
        }

        let caseNumber = values[.caseNumber] ?? "\(fileName)#\(row.line)"
        let receivedText = require(.receivedOn)
        let received = receivedText != nil ? date(.receivedOn) : nil
        let content = require(.content)
        var channel: RequestChannel? = .online
        if hasChannelColumn {
            if let text = require(.channel) {
                channel = LedgerValues.channel(text)
                if channel == nil {
                    reasons.append(
                        "申请方式“\(text)”无法识别（应为 " + RequestChannel.allCases.map(\.label).joined(separator: "、") + "）")
                }
            } else {
                channel = nil
            }
        }
        let applicant = parseApplicant(values, &reasons)

        var cells = LedgerCells(values: values, line: row.line)
        let pieces = parsePieceCount(values, &cells.reasons)
        var history = LedgerHistory()
        history.read(&cells, pieceCount: pieces)
        reasons += cells.reasons

        guard reasons.isEmpty, let received, let content, let channel, let applicant else {
            return .failure(LedgerRowProblem(line: row.line, reasons: reasons, cells: row.cells))
        }
        do {
            var request = try DisclosureRequest(
                id: RecordID(caseNumber), agencyID: agencyID, applicant: applicant, channel: channel,
                content: content, receivedOn: received, pieceCount: pieces, events: history.events)
            // The closing event last: a lapse without a date is dated the day after the deadline.
            if let closing = history.closing(for: request.progress) { try request.record(closing) }
            return .success(request)
        } catch {
            var reason = error.reason.message
            if let event = error.event { reason = "\(event.kind.tag.label)（\(event.date.description)）：" + reason }
            return .failure(LedgerRowProblem(line: row.line, reasons: [reason], cells: row.cells))
        }
    }

    private func parsePieceCount(_ values: [LedgerField: String], _ reasons: inout [String]) -> Int {
        guard let text = values[.pieceCount] else { return 1 }
        guard let count = Int(text.filter(\.isNumber)), count >= 1 else {
            reasons.append("计费件数“\(text)”应为正整数")
            return 1
        }
        return count
    }

    private func parseApplicant(_ values: [LedgerField: String], _ reasons: inout [String]) -> Applicant? {
        guard let typeText = values[.applicantType] else {
            reasons.append("缺少\(LedgerField.applicantType.label)")
            return nil
        }
        guard let type = LedgerValues.applicantType(typeText) else {
            reasons.append(
                "申请人类型“\(typeText)”无法识别（应为 " + ApplicantType.allCases.map(\.label).joined(separator: "、") + "）")
            return nil
        }
        guard let name = values[.applicantName] else {
            reasons.append("缺少\(LedgerField.applicantName.label)")
            return nil
        }
        let contact = ContactInfo(phone: values[.phone], address: values[.address], email: values[.email])
        do throws(ApplicantError) {
            if type == .naturalPerson {
                guard let number = values[.idDocumentNumber] else {
                    reasons.append("自然人申请人须填写证件号码（第二十九条）")
                    return nil
                }
                let kind: IdentityDocumentKind
                if let kindText = values[.idDocumentKind] {
                    guard let parsed = LedgerValues.documentKind(kindText) else {
                        reasons.append("证件类型“\(kindText)”无法识别")
                        return nil
                    }
                    kind = parsed
                } else {
                    kind = number.filter { !$0.isWhitespace }.count == 18 ? .residentIDCard : .other
                }
                let document = try IdentityDocument(kind: kind, number: number)
                return .naturalPerson(try NaturalPersonApplicant(name: name, idDocument: document, contact: contact))
            }
            var code: UnifiedSocialCreditCode?
            if let text = values[.creditCode] {
                do throws(CreditCodeError) {
                    code = try UnifiedSocialCreditCode(text)
                } catch {
                    reasons.append(error.message)
                    return nil
                }
            }
            return .organization(
                try OrganizationApplicant(
                    name: name, kind: OrganizationKind(rawValue: type.rawValue)!, creditCode: code,
                    contactPerson: values[.contactPerson] ?? "", contact: contact))
        } catch {
            reasons.append(error.message)
            return nil
        }
    }
}

/// A ledger row that cannot be imported: where, and why.
public struct LedgerRowProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line (CSV) or row (XLSX) number.
    public let line: Int
    /// Why, in Chinese.
    public let reasons: [String]
    /// The row's cells as read.
    public let cells: [String]

    /// "第12行：收到日期“2025-13-01”不是有效日期".
    public var description: String { "第\(line)行：" + reasons.joined(separator: "；") }
}
