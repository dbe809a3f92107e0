import FluentKit
import Foundation
import GongkaiCore
import Logging
import SQLKit

extension CaseService {

    /// Stores `requests` of agency `agencyID` with their applicants and events, and one audit
    /// entry each, in one transaction; returns their new ids in order.
    @discardableResult
    public func create(_ requests: [DisclosureRequest], agencyID: UUID, actor: String) async throws -> [UUID] {
        try await db.transaction { db in try await self.insert(requests, agencyID: agencyID, actor: actor, on: db) }
    }

    /// `create(_:agencyID:actor:)` on a connection the caller holds (inside its transaction).
    func insert(_ requests: [DisclosureRequest], agencyID: UUID, actor: String, on db: any Database) async throws
        -> [UUID]
    {
        let date = now()
        var ids: [UUID] = []
        ids.reserveCapacity(requests.count)
        var requestRows: [[any Encodable & Sendable]] = []
        var applicantRows: [[any Encodable & Sendable]] = []
        var eventRows: [[any Encodable & Sendable]] = []
        var audits: [AuditEntry] = []
        requestRows.reserveCapacity(requests.count)
        applicantRows.reserveCapacity(requests.count)
        audits.reserveCapacity(requests.count)
        for request in requests {
            let id = UUID()
            ids.append(id)
            let derived = RequestModel.Derived(request)
            requestRows.append([
                id, agencyID, request.id.rawValue, request.receivedOn.description, request.channel.rawValue,
                request.content, derived.applicantColumn, derived.phase, derived.resultRow, derived.closedOn,
                derived.closureWay, derived.eventCount, date, date, derived.dueOn, request.pieceCount,
            ])
            let applicant = ApplicantModel.Values(request.applicant)
            applicantRows.append([
                UUID(), id, applicant.kind, applicant.organizationKind, applicant.name, applicant.idDocumentKind,
                applicant.idDocumentNumber, applicant.creditCode, applicant.contactPerson, applicant.phone,
                applicant.address, applicant.email,
            ])
            for (sequence, event) in request.events.enumerated() {
                eventRows.append([
                    UUID(), id, sequence, event.date.description, event.kind.tag.rawValue,
                    RequestEventModel.payload(of: event), actor, date,
                ])
            }
            audits.append(
                AuditEntry(
                    actor: actor, entity: "request", entityID: id.uuidString, action: "create",
                    diff: Self.creationDiff(request, derived: derived), agencyID: agencyID))
        }
        typealias R = RequestModel.Column
        typealias A = ApplicantModel.Column
        typealias E = RequestEventModel.Column
        try await BulkInsert.insert(
            into: RequestModel.schema,
            columns: [
                .id, R.agencyID, R.caseNumber, R.receivedOn, R.channel, R.content, R.applicantColumn, R.phase,
                R.resultRow, R.closedOn, R.closureWay, R.eventCount, R.createdAt, R.updatedAt, R.dueOn, R.pieceCount,
            ], rows: requestRows, on: db)
        try await BulkInsert.insert(
            into: ApplicantModel.schema,
            columns: [
                .id, A.requestID, A.kind, A.organizationKind, A.name, A.idDocumentKind, A.idDocumentNumber,
                A.creditCode, A.contactPerson, A.phone, A.address, A.email,
            ], rows: applicantRows, on: db)
        try await BulkInsert.insert(
            into: RequestEventModel.schema,
            columns: [.id, E.requestID, E.sequence, E.occurredOn, E.type, E.payload, E.recordedBy, E.recordedAt],
            rows: eventRows, on: db)
        try await AuditLog.write(audits, at: date, on: db)
        if requests.count == 1 {
            logger.info("request created", metadata: ["request": "\(ids[0])"])
        } else {
            logger.info("requests created", metadata: ["count": "\(requests.count)", "agency": "\(agencyID)"])
        }
        return ids
    }

    static func creationDiff(_ request: DisclosureRequest, derived: RequestModel.Derived) -> JSONValue {
        .object([
            JSONMember("caseNumber", .string(request.id.rawValue)),
            JSONMember("receivedOn", .string(request.receivedOn.description)),
            JSONMember("channel", .string(request.channel.rawValue)),
            JSONMember("applicantType", .string(request.applicantType.rawValue)),
            JSONMember("applicantFieldsRecorded", AuditLog.personalFields(request.applicant)),
            JSONMember("events", .int(request.events.count)),
            JSONMember("phase", .string(derived.phase)),
            JSONMember("resultRow", .string(orNull: derived.resultRow)),
            JSONMember("closedOn", .string(orNull: derived.closedOn)),
        ])
    }

    /// Appends `event` to the request `requestID` after the core state machine accepts it;
    /// writes the event, the new derived columns and an audit entry in one transaction.
    ///
    /// `expectedVersion` is the number of events the caller saw (a form's hidden field): when
    /// someone else appended in between, the append is refused with `.concurrentChange` instead
    /// of acting on a history the caller has not seen. Two appends racing on the same version
    /// collide on the unique (request, sequence) index; the loser gets the same refusal.
    @discardableResult
    public func append(_ event: RequestEvent, to requestID: UUID, actor: String, expectedVersion: Int? = nil)
        async throws -> DisclosureRequest
    {
        do {
            return try await appendOnce(event, to: requestID, actor: actor, expectedVersion: expectedVersion)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw CaseServiceError.concurrentChange(requestID.uuidString)
        }
    }

    private func appendOnce(_ event: RequestEvent, to requestID: UUID, actor: String, expectedVersion: Int?)
        async throws -> DisclosureRequest
    {
        let date = now()
        let updated = try await db.writeTransaction { db in
            guard let row = try await RequestModel.find(requestID, on: db) else {
                throw CaseServiceError.requestNotFound(requestID.uuidString)
            }
            let current = try await self.load(row, on: db)
            // Checked against the events just loaded, which the new event's sequence follows: on
            // PostgreSQL (read committed) another officer's event may commit between reading the
            // row and reading its events, and must then count as a change, not reach the state
            // machine as if this officer had seen it.
            if let expectedVersion, current.events.count != expectedVersion {
                throw CaseServiceError.concurrentChange(row.caseNumber)
            }
            let updated: DisclosureRequest
            do throws(DisclosureRequestError) {
                updated = try current.recording(event)
            } catch {
                throw CaseServiceError.invalidEvent(error)
            }
            let before = RequestModel.Derived(current)
            let after = RequestModel.Derived(updated)
            try await RequestEventModel(
                event, requestID: requestID, sequence: current.events.count, recordedBy: actor, recordedAt: date
            ).create(on: db)
            row.apply(after)
            try await row.update(on: db)
            var changes: [JSONMember] = [
                JSONMember("event", (try? JSONParser.parse(RequestEventModel.payload(of: event))) ?? .null)
            ]
            func change(_ key: String, _ old: String?, _ new: String?) {
                guard old != new else { return }
                changes.append(
                    JSONMember(key, .object([JSONMember("from", .string(orNull: old)), JSONMember("to", .string(orNull: new))])))
            }
            change("phase", before.phase, after.phase)
            change("resultRow", before.resultRow, after.resultRow)
            change("closedOn", before.closedOn, after.closedOn)
            try await AuditLog.write(
                [
                    AuditEntry(
                        actor: actor, entity: "request", entityID: requestID.uuidString, action: "appendEvent",
                        diff: .object(changes), agencyID: row.$agency.id)
                ], at: date, on: db)
            return updated
        }
        logger.info("request event appended", metadata: ["request": "\(requestID)", "event": "\(event.kind.tag.rawValue)"])
        return updated
    }

    /// The id of the request with case number `caseNumber` in agency `agencyID`.
    public func requestID(agencyID: UUID, caseNumber: String) async throws -> UUID? {
        try await RequestModel.query(on: db).filter(\.$agency.$id == agencyID).filter(\.$caseNumber == caseNumber)
            .first()?.id
    }

    /// The core request `requestID`, with its applicant and events.
    public func request(_ requestID: UUID) async throws -> DisclosureRequest {
        guard let row = try await RequestModel.find(requestID, on: db) else {
            throw CaseServiceError.requestNotFound(requestID.uuidString)
        }
        return try await load(row, on: db)
    }

    func load(_ row: RequestModel, on db: any Database) async throws -> DisclosureRequest {
        let id = try row.requireID()
        guard let applicant = try await ApplicantModel.query(on: db).filter(\.$request.$id == id).first() else {
            throw StoredDataError(table: ApplicantModel.schema, key: row.caseNumber, reason: "缺少申请人信息")
        }
        let events = try await RequestEventModel.query(on: db).filter(\.$request.$id == id).sort(\.$sequence).all()
        return try row.toCore(applicant: applicant.toCore(), events: events.map { try $0.toCore() })
    }

    /// A stored request: its database id and the core value.
    public struct StoredRequest: Sendable {
        public let id: UUID
        public let agencyID: UUID
        public let request: DisclosureRequest
    }

    /// The requests of `agencyID` (every agency when `nil`), optionally only the open ones,
    /// loaded with three queries; in order of receipt, then case number.
    public func requests(agencyID: UUID?, openOnly: Bool = false) async throws -> [StoredRequest] {
        let rowsQuery = RequestModel.query(on: db)
        let applicantsQuery = ApplicantModel.query(on: db).join(
            RequestModel.self, on: \ApplicantModel.$request.$id == \RequestModel.$id)
        let eventsQuery = RequestEventModel.query(on: db).join(
            RequestModel.self, on: \RequestEventModel.$request.$id == \RequestModel.$id)
        if let agencyID {
            rowsQuery.filter(\.$agency.$id == agencyID)
            applicantsQuery.filter(RequestModel.self, \.$agency.$id == agencyID)
            eventsQuery.filter(RequestModel.self, \.$agency.$id == agencyID)
        }
        if openOnly {
            rowsQuery.filter(\.$closedOn == nil)
            applicantsQuery.filter(RequestModel.self, \.$closedOn == nil)
            eventsQuery.filter(RequestModel.self, \.$closedOn == nil)
        }
        let rows = try await rowsQuery.sort(\.$receivedOn).sort(\.$caseNumber).all()
        var applicants: [UUID: ApplicantModel] = [:]
        for applicant in try await applicantsQuery.all() { applicants[applicant.$request.id] = applicant }
        var events: [UUID: [RequestEventModel]] = [:]
        for event in try await eventsQuery.all() { events[event.$request.id, default: []].append(event) }
        return try rows.map { row in
            let id = try row.requireID()
            guard let applicant = applicants[id] else {
                throw StoredDataError(table: ApplicantModel.schema, key: row.caseNumber, reason: "缺少申请人信息")
            }
            let history = (events[id] ?? []).sorted { $0.sequence < $1.sequence }
            return StoredRequest(
                id: id, agencyID: row.$agency.id,
                request: try row.toCore(applicant: applicant.toCore(), events: history.map { try $0.toCore() }))
        }
    }
}
