import FluentKit
import Foundation
import GongkaiCore
import Logging
import SQLKit

extension CaseService {

    /// Stores appeal cases of agency `agencyID`, with audit entries, in one transaction.
    public func add(appeals: [AppealModel.CoreCase], agencyID: UUID, actor: String) async throws {
        guard !appeals.isEmpty else { return }
        let date = now()
        try await db.transaction { db in
            let models = appeals.map { item -> AppealModel in
                switch item {
                case .reconsideration(let value): AppealModel(value, agencyID: agencyID)
                case .litigation(let value): AppealModel(value, agencyID: agencyID)
                }
            }
            try await models.create(on: db)
            try await AuditLog.write(
                models.map { model in
                    AuditEntry(
                        actor: actor, entity: "appeal", entityID: model.id!.uuidString, action: "create",
                        diff: .object([
                            JSONMember("caseNumber", .string(model.caseNumber)), JSONMember("kind", .string(model.kind)),
                            JSONMember("filedOn", .string(model.filedOn)),
                            JSONMember("decidedOn", .string(orNull: model.decidedOn)),
                            JSONMember("result", .string(orNull: model.result)),
                        ]), agencyID: agencyID)
                }, at: date, on: db)
        }
        logger.info("appeals created", metadata: ["count": "\(appeals.count)", "agency": "\(agencyID)"])
    }

    /// Stores register records of agency `agencyID`, with audit entries, in one transaction.
    public func add(registers records: [RegisterRecordModel.CoreRecord], agencyID: UUID, actor: String) async throws {
        guard !records.isEmpty else { return }
        let date = now()
        try await db.transaction { db in
            let models = records.map { RegisterRecordModel($0, agencyID: agencyID) }
            try await models.create(on: db)
            try await AuditLog.write(
                models.map { model in
                    AuditEntry(
                        actor: actor, entity: "register", entityID: model.id!.uuidString, action: "create",
                        diff: .object([
                            JSONMember("kind", .string(model.kind)), JSONMember("recordKey", .string(model.recordKey)),
                            JSONMember("record", (try? JSONParser.parse(model.payload)) ?? .null),
                        ]), agencyID: agencyID)
                }, at: date, on: db)
        }
        logger.info("register records created", metadata: ["count": "\(records.count)", "agency": "\(agencyID)"])
    }

    /// The appeal cases of agency `agencyID`.
    public func appeals(agencyID: UUID) async throws -> (
        reconsiderations: [ReconsiderationCase], litigations: [LitigationCase]
    ) {
        var reconsiderations: [ReconsiderationCase] = []
        var litigations: [LitigationCase] = []
        let rows = try await AppealModel.query(on: db).filter(\.$agency.$id == agencyID).sort(\.$filedOn)
            .sort(\.$caseNumber).all()
        for row in rows {
            switch try row.toCore() {
            case .reconsideration(let item): reconsiderations.append(item)
            case .litigation(let item): litigations.append(item)
            }
        }
        return (reconsiderations, litigations)
    }

    /// The registers of agency `agencyID`.
    public func registers(agencyID: UUID) async throws -> ProactiveRegisters {
        let rows = try await RegisterRecordModel.query(on: db).filter(\.$agency.$id == agencyID).sort(\.$recordKey)
            .all()
        return ProactiveRegisters(records: try rows.map { try $0.toCore() })
    }
}
