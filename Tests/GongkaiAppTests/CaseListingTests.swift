import FluentSQLiteDriver
import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@Suite("Case lists: stored requests against the statutory clock (hand-checked dates)")
struct CaseListingTests {
    @Test("due dates, days left, overdue and due-soon filters", arguments: TestBackend.available)
    func deadlines(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { database in
            let service = CaseService(database.context())
            let agency = try await service.ensureAgency(named: "某局", actor: "t")
            try await service.create(
                [
                    // cn-workdays.md E1: received 2024-09-25, 20 working days later is 2024-10-28.
                    try AppFixtures.request("E1", receivedOn: "2024-09-25"),
                    // E6 across 元旦 and 春节 2023: received 2022-12-29, due 2023-02-01.
                    try AppFixtures.request("E6", receivedOn: "2022-12-29"),
                    // A consultation sent Tue 2024-10-08 and answered Thu 10-10 leaves out 10-09 and 10-10 (the
                    // sending day counts, the answer day does not): E1's date moves by 2, to 2024-10-30.
                    try AppFixtures.request(
                        "C1", receivedOn: "2024-09-25",
                        events: [
                            RequestEvent(.consultationStarted(Consultation(.thirdParty)), on: "2024-10-08"),
                            RequestEvent(.consultationEnded(ConsultationAnswer()), on: "2024-10-10"),
                        ]),
                    // Closed requests are not listed.
                    try AppFixtures.request(
                        "done", receivedOn: "2024-09-25", events: [RequestEvent(.replied(.granted), on: "2024-10-08")]),
                ], agencyID: agency.requireID(), actor: "t")
            let listing = CaseListing(database.context())
            let all = try await listing.openCases(agency: agency, asOf: "2024-10-28")
            let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.request.id.rawValue, $0.deadline) })
            #expect(Set(byID.keys) == ["E1", "E6", "C1"])
            #expect(byID["E1"]?.dueDate == "2024-10-28")
            #expect(byID["E1"]?.remainingWorkingDays == 0)
            #expect(byID["E1"]?.state == .dueSoon)
            #expect(byID["E6"]?.dueDate == "2023-02-01")
            #expect(byID["E6"]?.state == .overdue)
            #expect(byID["C1"]?.dueDate == "2024-10-30")
            #expect(all.first?.request.id == "E6")  // most urgent first

            let overdue = try await listing.openCases(agency: nil, asOf: "2024-10-29", filter: .overdue)
            #expect(overdue.map(\.request.id.rawValue) == ["E6", "E1"])
            let soon = try await listing.openCases(agency: nil, asOf: "2024-10-29", filter: .dueSoon)
            #expect(soon.map(\.request.id.rawValue) == ["C1"])
        }
    }
}
