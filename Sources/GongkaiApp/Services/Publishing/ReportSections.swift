import FluentKit
import Foundation
import GongkaiCore

/// The narrative sections 一 (总体情况), 五 (问题及改进) and 六 (其他需要报告的事项) of an agency's
/// annual report, written on the platform beside last year's text.
public struct ReportSections: Sendable {
    /// The sections written here (二–四 are the tables, computed from the records).
    public static let editable = [1, 5, 6]
    /// The longest section accepted, in characters.
    public static let maximumLength = 20_000

    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The texts of `agencyID` for `year`, by section number (missing sections absent).
    public func texts(agencyID: UUID, year: Int) async throws -> [Int: String] {
        let rows = try await ReportSectionModel.query(on: context.db).filter(\.$agency.$id == agencyID).filter(\.$year == year).all()
        return Dictionary(rows.map { ($0.section, $0.body) }, uniquingKeysWith: { a, _ in a })
    }

    /// Saves the texts of `year` (`texts` by section number; an empty text removes the section).
    public func save(_ texts: [Int: String], agencyID: UUID, year: Int, actor: String) async throws {
        var problems: [FieldProblem] = []
        var cleaned: [Int: String] = [:]
        for number in Self.editable {
            let text = CatalogueText.sanitisedBody(texts[number] ?? "")
            if text.count > Self.maximumLength {
                problems.append(FieldProblem(field: "section\(number)", message: "第\(Templates.section(number).numeral)部分不超过\(Self.maximumLength)字"))
            }
            cleaned[number] = text
        }
        guard problems.isEmpty else { throw FormError(problems) }
        let texts = cleaned
        try await context.db.writeTransaction { db in
            var changed: [JSONValue] = []
            for number in Self.editable {
                let existing = try await ReportSectionModel.query(on: db).filter(\.$agency.$id == agencyID).filter(\.$year == year)
                    .filter(\.$section == number).first()
                let text = texts[number] ?? ""
                if text.isEmpty {
                    if let existing {
                        try await existing.delete(on: db)
                        changed.append(.string("section\(number)"))
                    }
                    continue
                }
                guard existing?.body != text else { continue }
                let row = existing ?? ReportSectionModel()
                row.$agency.id = agencyID
                row.year = year
                row.section = number
                row.body = text
                row.updatedBy = actor
                try await row.save(on: db)
                changed.append(.string("section\(number)"))
            }
            guard !changed.isEmpty else { return }
            try await AuditLog.write(
                [AuditEntry(
                    actor: actor, entity: "report_sections", entityID: "\(agencyID.uuidString):\(year)", action: "update",
                    diff: .object([JSONMember("fields", .array(changed))]), agencyID: agencyID)],
                at: context.clock.now(), on: db)
        }
    }
}
