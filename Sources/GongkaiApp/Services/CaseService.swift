import FluentKit
import Foundation
import GongkaiCore
import Logging
import SQLKit

/// Stores and changes casework: agencies, requests and their events, appeals and registers.
///
/// Every change is written together with its audit entries in one transaction. The rules stay in
/// the core: a request's events are applied through `DisclosureRequest.record(_:)`, and the
/// columns the annual report counts are derived from the resulting state (`RequestModel.Derived`).
/// Logs name requests by id only, never an applicant.
public struct CaseService: Sendable {
    /// The caller's connection, logger and clock.
    public let context: ServiceContext

    /// A service working in `context`.
    public init(_ context: ServiceContext) {
        self.context = context
    }

    var db: any Database { context.db }
    var logger: Logger { context.logger }
    /// The instant for audit timestamps.
    func now() -> Date { context.clock.now() }

    // MARK: Agencies

    /// The agency named `name`, if stored.
    public func agency(named name: String) async throws -> AgencyModel? {
        try await AgencyModel.query(on: db).filter(\.$name == name).first()
    }

    /// The agency named `name`, or `CaseServiceError.agencyNotFound` with the names known.
    public func requireAgency(named name: String) async throws -> AgencyModel {
        if let agency = try await agency(named: name) { return agency }
        throw CaseServiceError.agencyNotFound(name, known: try await agencies().map(\.name))
    }

    /// Every agency, by name.
    public func agencies() async throws -> [AgencyModel] {
        try await AgencyModel.query(on: db).sort(\.$name).all()
    }

    /// The agency named `name`, created (with an audit entry) when missing.
    public func ensureAgency(named name: String, region: String? = nil, actor: String) async throws -> AgencyModel {
        if let existing = try await agency(named: name) { return existing }
        return try await db.transaction { db in try await self.insertAgency(named: name, region: region, actor: actor, on: db) }
    }

    /// Creates the agency `name` with its audit entry on a connection the caller holds.
    func insertAgency(named name: String, region: String?, actor: String, on db: any Database) async throws
        -> AgencyModel
    {
        let agency = AgencyModel(id: UUID(), name: name, region: region)
        try await agency.create(on: db)
        let diff: JSONValue = .object([
            JSONMember("name", .string(name)), JSONMember("region", .string(orNull: region)),
        ])
        try await AuditLog.write(
            [AuditEntry(actor: actor, entity: "agency", entityID: agency.id!.uuidString, action: "create", diff: diff, agencyID: agency.id)],
            at: now(), on: db)
        logger.info("agency created", metadata: ["agency": "\(agency.id!)"])
        return agency
    }
}

/// Why a casework operation was refused.
public enum CaseServiceError: Error, Sendable, CustomStringConvertible {
    /// No agency of that name; `known` lists the stored ones.
    case agencyNotFound(String, known: [String])
    /// No request with that id or case number.
    case requestNotFound(String)
    /// The core state machine refused the event.
    case invalidEvent(DisclosureRequestError)
    /// Someone else changed the request since the caller read it.
    case concurrentChange(String)

    /// The message in Chinese.
    public var description: String {
        switch self {
        case .agencyNotFound(let name, let known):
            "数据库中没有名为“\(name)”的机关"
                + (known.isEmpty ? "；数据库中还没有任何机关" : "；已有：" + known.joined(separator: "、"))
        case .requestNotFound(let key): "找不到申请 \(key)"
        case .invalidEvent(let error): error.description
        case .concurrentChange(let key): "申请 \(key) 刚被其他人更新，您的操作未保存；请刷新页面，查看最新情况后再操作"
        }
    }
}
