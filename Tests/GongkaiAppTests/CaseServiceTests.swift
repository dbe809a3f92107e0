import FluentSQLiteDriver
import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@Suite("Case service: changes with audit entries in the same transaction")
struct CaseServiceTests {
    static let fixedNow = Date(timeIntervalSince1970: 1_750_000_000)

    @Test("creating and appending keeps the derived columns and writes one audit entry per change", arguments: TestBackend.available)
    func appendEvents(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { database in
            let service = CaseService(database.context(clock: .fixed(Self.fixedNow)))
            let agency = try await service.ensureAgency(named: "江东市教育局", region: "江东市", actor: "张科员")
            let ids = try await service.create(
                [try AppFixtures.request("依申请〔2025〕1号", receivedOn: "2025-09-25")], agencyID: agency.requireID(),
                actor: "张科员")
            let id = try #require(ids.first)
            try await service.append(
                RequestEvent(.consultationStarted(Consultation(.thirdParty)), on: "2025-09-30"), to: id, actor: "张科员")
            try await service.append(RequestEvent(.consultationEnded(ConsultationAnswer()), on: "2025-10-15"), to: id, actor: "张科员")
            let closed = try await service.append(RequestEvent(.replied(.partiallyGranted), on: "2025-10-20"), to: id, actor: "李科长")
            #expect(closed.closure?.result == .partiallyGranted)

            let row = try #require(try await RequestModel.find(id, on: database.db))
            #expect(row.phase == "closed")
            #expect(row.resultRow == "partiallyGranted")
            #expect(row.closedOn == "2025-10-20")
            #expect(row.eventCount == 3)
            let audits = try await AuditLogModel.query(on: database.db).sort(\.$recordedAt).all()
            #expect(audits.count == 5)  // agency, request, three events
            #expect(audits.allSatisfy { $0.recordedAt == Self.fixedNow })
            let last = try #require(audits.first { $0.diff.contains("partiallyGranted") })
            #expect(last.actor == "李科长")
            #expect(last.action == "appendEvent")
            #expect(last.diff.contains("\"phase\":{\"from\":\"processing\",\"to\":\"closed\"}"))
            // Loading the request back gives the same history, validated again by the core.
            #expect(try await service.request(id) == closed)
        }
    }

    @Test("an event the state machine refuses changes nothing", arguments: TestBackend.available)
    func refusedEvent(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { database in
            let service = CaseService(database.context())
            let agency = try await service.ensureAgency(named: "某局", actor: "tester")
            let id = try await service.create(
                [try AppFixtures.request("r1", receivedOn: "2025-03-03", events: [RequestEvent(.replied(.granted), on: "2025-03-10")])],
                agencyID: agency.requireID(), actor: "tester")[0]
            let auditsBefore = try await TestDatabase.count("audit_log", in: database)
            await #expect(throws: CaseServiceError.self) {
                try await service.append(RequestEvent(.withdrawn, on: "2025-03-11"), to: id, actor: "tester")
            }
            #expect(try await TestDatabase.count("audit_log", in: database) == auditsBefore)
            #expect(try await TestDatabase.count("request_events", in: database) == 1)
        }
    }

    @Test("generated requests of every kind round-trip through the database unchanged", arguments: TestBackend.available)
    func roundTrip(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { database in
            let service = CaseService(database.context())
            let agency = try await service.ensureAgency(named: "某局", actor: "tester")
            var generator = CaseworkGenerator(seed: 7)
            let requests = generator.requests(
                count: 600, agencyID: "x", from: "2024-01-01", through: "2025-12-31", asOf: "2026-01-10", idPrefix: "r")
            try await service.create(requests, agencyID: agency.requireID(), actor: "tester")
            let loaded = try await service.requests(agencyID: agency.requireID())
            let byID = Dictionary(uniqueKeysWithValues: loaded.map { ($0.request.id, $0.request) })
            #expect(loaded.count == requests.count)
            for request in requests {
                let stored = try #require(byID[request.id])
                #expect(stored.events == request.events)
                #expect(stored.applicant == request.applicant)
                #expect(stored.closure == request.closure)
            }
        }
    }
}
