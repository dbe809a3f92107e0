import FluentKit
import Foundation
import GongkaiCore

extension AppealModel {
    /// A new row for a reconsideration.
    convenience init(_ item: ReconsiderationCase, agencyID: UUID) {
        self.init()
        id = UUID()
        $agency.id = agencyID
        caseNumber = item.id.rawValue
        kind = Kind.reconsideration.rawValue
        route = nil
        requestCaseNumber = item.requestID.rawValue
        filedOn = item.filedOn.description
        decidedOn = item.decision?.decidedOn.description
        result = item.decision?.result.rawValue
        role = item.role.rawValue
        courtLevel = CourtLevel.firstInstance.rawValue
    }

    /// A new row for a lawsuit.
    convenience init(_ item: LitigationCase, agencyID: UUID) {
        self.init()
        id = UUID()
        $agency.id = agencyID
        caseNumber = item.id.rawValue
        kind = Kind.litigation.rawValue
        route = item.route.rawValue
        requestCaseNumber = item.requestID.rawValue
        reconsiderationCaseNumber = item.reconsiderationID?.rawValue
        filedOn = item.filedOn.description
        decidedOn = item.decision?.decidedOn.description
        result = item.decision?.result.rawValue
        role = item.role.rawValue
        courtLevel = item.courtLevel.rawValue
        priorInstanceCaseNumber = item.priorInstanceID?.rawValue
    }

    /// The core case: a reconsideration or a lawsuit.
    public enum CoreCase: Sendable {
        case reconsideration(ReconsiderationCase)
        case litigation(LitigationCase)
    }

    /// The core case (re-validated).
    public func toCore() throws -> CoreCase {
        func fail(_ reason: String) -> StoredDataError {
            StoredDataError(table: Self.schema, key: caseNumber, reason: reason)
        }
        guard let filed = CivilDate(iso: filedOn) else { throw fail("立案日期“\(filedOn)”无效") }
        var decision: AppealDecision?
        if let decidedOn {
            guard let date = CivilDate(iso: decidedOn), let result = result.flatMap(AppealResult.init(rawValue:))
            else { throw fail("审结日期或结果无效") }
            decision = AppealDecision(decidedOn: date, result: result)
        }
        guard let role = AppealRole(rawValue: role) else { throw fail("本机关角色“\(self.role)”无效") }
        do {
            switch Kind(rawValue: kind) {
            case .reconsideration:
                return .reconsideration(
                    try ReconsiderationCase(
                        id: RecordID(caseNumber), requestID: RecordID(requestCaseNumber), filedOn: filed,
                        decision: decision, role: role))
            case .litigation:
                guard let route = route.flatMap(LitigationCase.Route.init(rawValue:)) else { throw fail("诉讼类型无效") }
                guard let level = CourtLevel(rawValue: courtLevel) else { throw fail("审级“\(courtLevel)”无效") }
                return .litigation(
                    try LitigationCase(
                        id: RecordID(caseNumber), requestID: RecordID(requestCaseNumber), route: route,
                        reconsiderationID: reconsiderationCaseNumber.map(RecordID.init(rawValue:)), filedOn: filed,
                        decision: decision, role: role, courtLevel: level,
                        priorInstanceID: priorInstanceCaseNumber.map(RecordID.init(rawValue:))))
            case nil:
                throw fail("案件类别“\(kind)”无效")
            }
        } catch let error as AppealCaseError {
            throw fail(String(describing: error))
        }
    }
}
