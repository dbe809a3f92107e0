import FluentKit
import Foundation
import GongkaiCore

/// Reconsiderations and lawsuits entered on the web: linked to a request of the agency, built
/// through the core's validating constructors, decided later when the decision arrives.
public struct AppealEntry: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The form as posted.
    public struct Input: Codable, Sendable, Hashable {
        /// "reconsideration" or "litigation".
        public var kind: String?
        public var caseNumber: String?
        public var requestCaseNumber: String?
        /// `LitigationCase.Route` raw value.
        public var route: String?
        public var reconsiderationCaseNumber: String?
        public var filedOn: String?
        public var decidedOn: String?
        /// `AppealResult` raw value.
        public var result: String?

        public init() {}
    }

    /// Checks `input` and stores the case; audited.
    public func add(_ input: Input, agencyID: UUID, actor: String) async throws {
        var problems: [FieldProblem] = []
        func text(_ value: String?, _ field: String, _ label: String) -> String? {
            let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { problems.append(FieldProblem(field: field, message: "请填写\(label)")) }
            return trimmed.isEmpty ? nil : trimmed
        }
        func date(_ value: String?, _ field: String, _ label: String, required: Bool) -> CivilDate? {
            let trimmed = (value ?? "").trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if required { problems.append(FieldProblem(field: field, message: "请填写\(label)")) }
                return nil
            }
            guard let day = CivilDate(iso: trimmed) else {
                problems.append(FieldProblem(field: field, message: "\(label)应为日期，例如 2026-03-01"))
                return nil
            }
            return day
        }
        let kind = input.kind.flatMap(AppealModel.Kind.init(rawValue:))
        if kind == nil { problems.append(FieldProblem(field: "kind", message: "请选择行政复议或行政诉讼")) }
        let number = text(input.caseNumber, "caseNumber", "案号")
        let requestNumber = text(input.requestCaseNumber, "requestCaseNumber", "所涉申请的申请编号")
        let filed = date(input.filedOn, "filedOn", "收到复议申请或起诉的日期", required: true)
        let decided = date(input.decidedOn, "decidedOn", "审结日期", required: false)
        let result = input.result.flatMap { $0.isEmpty ? nil : AppealResult(rawValue: $0) }
        if decided != nil, result == nil { problems.append(FieldProblem(field: "result", message: "已审结的案件请选择结果")) }
        if decided == nil, result != nil { problems.append(FieldProblem(field: "decidedOn", message: "请填写审结日期")) }
        if let requestNumber,
            try await RequestModel.query(on: context.db).filter(\.$agency.$id == agencyID).filter(\.$caseNumber == requestNumber).count() == 0
        {
            problems.append(FieldProblem(field: "requestCaseNumber", message: "本机关没有申请编号为“\(requestNumber)”的申请"))
        }
        if let number,
            try await AppealModel.query(on: context.db).filter(\.$agency.$id == agencyID).filter(\.$caseNumber == number).count() > 0
        {
            problems.append(FieldProblem(field: "caseNumber", message: "案号“\(number)”已经登记"))
        }
        let route = input.route.flatMap(LitigationCase.Route.init(rawValue:))
        if kind == .litigation, route == nil {
            problems.append(FieldProblem(field: "route", message: "请选择未经复议直接起诉或复议后起诉"))
        }
        guard problems.isEmpty, let kind, let number, let requestNumber, let filed else { throw FormError(problems) }
        let decision = decided.flatMap { day in result.map { AppealDecision(decidedOn: day, result: $0) } }
        let core: AppealModel.CoreCase
        do throws(AppealCaseError) {
            switch kind {
            case .reconsideration:
                core = .reconsideration(
                    try ReconsiderationCase(id: RecordID(number), requestID: RecordID(requestNumber), filedOn: filed, decision: decision))
            case .litigation:
                let reconsideration = (input.reconsiderationCaseNumber ?? "").trimmingCharacters(in: .whitespaces)
                core = .litigation(
                    try LitigationCase(
                        id: RecordID(number), requestID: RecordID(requestNumber), route: route ?? .direct,
                        reconsiderationID: reconsideration.isEmpty ? nil : RecordID(reconsideration), filedOn: filed,
                        decision: decision))
            }
        } catch {
            throw FormError([FieldProblem(field: "kind", message: error.description)])
        }
        try await CaseService(context).add(appeals: [core], agencyID: agencyID, actor: actor)
    }

    /// Records the decision of the pending case `appealID` of `agencyID`; audited.
    public func decide(appealID: UUID, agencyID: UUID, decidedOn: String, result: String, actor: String) async throws {
        guard let appeal = try await AppealModel.query(on: context.db).filter(\.$id == appealID).filter(\.$agency.$id == agencyID).first()
        else { throw CaseServiceError.requestNotFound(appealID.uuidString) }
        var problems: [FieldProblem] = []
        let day = CivilDate(iso: decidedOn.trimmingCharacters(in: .whitespaces))
        if day == nil { problems.append(FieldProblem(field: "decidedOn", message: "审结日期应为日期，例如 2026-03-01")) }
        let outcome = AppealResult(rawValue: result)
        if outcome == nil { problems.append(FieldProblem(field: "result", message: "请选择结果")) }
        if appeal.decidedOn != nil { problems.append(FieldProblem(field: "decidedOn", message: "案件 \(appeal.caseNumber) 已登记审结")) }
        if let day, let filed = CivilDate(iso: appeal.filedOn), day < filed {
            problems.append(FieldProblem(field: "decidedOn", message: "审结日期不能早于立案日期（\(filed.chineseText)）"))
        }
        guard problems.isEmpty, let day, let outcome else { throw FormError(problems) }
        let now = context.clock.now()
        try await context.db.writeTransaction { db in
            appeal.decidedOn = day.description
            appeal.result = outcome.rawValue
            try await appeal.update(on: db)
            try await AuditLog.write(
                [
                    AuditEntry(
                        actor: actor, entity: "appeal", entityID: appealID.uuidString, action: "decide",
                        diff: .object([
                            JSONMember("decidedOn", .string(day.description)), JSONMember("result", .string(outcome.rawValue)),
                        ]), agencyID: agencyID)
                ], at: now, on: db)
        }
    }
}
