import Foundation
import GongkaiCore

extension ProposalModel {
    /// The record as the core's rules see it; stored values that do not parse are a storage error.
    public func toCore() throws -> ProposalRecord {
        guard let kind = ProposalKind(rawValue: kind), let role = ProposalRole(rawValue: role),
            let assigned = CivilDate(iso: assignedOn), let due = CivilDate(iso: dueOn)
        else { throw StoredDataError(table: Self.schema, key: number, reason: "类别、主办会办或日期无法识别") }
        do {
            return try ProposalRecord(
                kind: kind, role: role, assignedOn: assigned, dueOn: due, repliedOn: repliedOn.flatMap(CivilDate.init(iso:)),
                evaluation: evaluation.flatMap(ProposalEvaluation.init(rawValue:)))
        } catch {
            throw StoredDataError(table: Self.schema, key: number, reason: error.message)
        }
    }
}
