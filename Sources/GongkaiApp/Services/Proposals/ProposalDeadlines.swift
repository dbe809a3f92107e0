import FluentKit
import Foundation
import GongkaiCore

/// Each agency's 办理期限 (`ProposalDeadlineRule`): the standard rule until its 管理员 sets other
/// months. A change applies to records entered or edited afterwards (a record keeps the last day
/// it was given).
public struct ProposalDeadlines: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The agency's rule.
    public func rule(agencyID: UUID) async throws -> ProposalDeadlineRule {
        guard let row = try await ProposalSettingsModel.query(on: context.db).filter(\.$agency.$id == agencyID).first() else {
            return .standard
        }
        return (try? JSONDecoder().decode(ProposalDeadlineRule.self, from: Data(row.months.utf8))) ?? .standard
    }

    /// The settings form: months per kind and part, fields "npc_lead", "cppcc_assisting"….
    public func save(_ form: [String: String], agencyID: UUID, actor: String) async throws {
        var periods: [ProposalKind: [ProposalRole: Int]] = [:]
        var problems: [FieldProblem] = []
        for kind in ProposalKind.allCases {
            for role in ProposalRole.allCases {
                let field = Self.field(kind, role)
                let text = ProposalText.line(form[field])
                guard let months = Int(text), (1...ProposalDeadlineRule.maximumMonths).contains(months) else {
                    problems.append(
                        FieldProblem(field: field, message: ProposalError.deadlineMonths(kind: kind, role: role, value: Int(text) ?? 0).message))
                    continue
                }
                periods[kind, default: [:]][role] = months
            }
        }
        guard problems.isEmpty else { throw FormError(problems) }
        let rule = try ProposalDeadlineRule(overriding: periods)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(rule), as: UTF8.self)
        try await context.db.writeTransaction { db in
            let row = try await ProposalSettingsModel.query(on: db).filter(\.$agency.$id == agencyID).first() ?? ProposalSettingsModel()
            row.$agency.id = agencyID
            row.months = json
            row.updatedBy = actor
            try await row.save(on: db)
            try await AuditLog.write(
                [AuditEntry(
                    actor: actor, entity: "proposal_settings", entityID: agencyID.uuidString, action: "update",
                    diff: .object([JSONMember("fields", .array([.string("months")]))]), agencyID: agencyID)],
                at: context.clock.now(), on: db)
        }
    }

    /// The form field of one period.
    public static func field(_ kind: ProposalKind, _ role: ProposalRole) -> String { "\(kind.rawValue)_\(role.rawValue)" }
}
