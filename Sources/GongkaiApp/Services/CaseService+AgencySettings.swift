import FluentKit
import Foundation
import GongkaiCore

extension CaseService {
    /// Sets how agency `agency` counts table 4, with an audit entry, in one transaction.
    public func setAppealCounting(_ mode: AppealCountingMode, for agency: AgencyModel, actor: String) async throws {
        let id = try agency.requireID()
        let previous = agency.appealCounting
        guard previous != mode.rawValue else { return }
        try await db.transaction { db in
            agency.appealCounting = mode.rawValue
            try await agency.update(on: db)
            try await AuditLog.write(
                [
                    AuditEntry(
                        actor: actor, entity: "agency", entityID: id.uuidString, action: "setAppealCounting",
                        diff: .object([
                            JSONMember("appealCounting", .object([JSONMember("from", .string(previous)), JSONMember("to", .string(mode.rawValue))]))
                        ]))
                ], at: now(), on: db)
        }
        logger.info("agency setting changed", metadata: ["agency": "\(id)", "appealCounting": "\(mode.rawValue)"])
    }
}
