import FluentKit
import Foundation
import GongkaiCore

/// Open requests for load tests of the work queue: `count` requests of one agency received in
/// the last 20 working days before today, still open (some in consultation, some waiting for a
/// correction), numbered after the agency's existing ones.
public struct QueueLoad: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Adds the requests; returns how many the agency then has open.
    @discardableResult
    public func add(_ count: Int, agencyID: UUID) async throws -> Int {
        let today = context.clock.today
        let calendar = WorkdayCalendar.official
        var days: [CivilDate] = []
        var day = today
        while days.count < 20 {
            day = day.adding(days: -1)
            if calendar.isWorkingDay(day) { days.append(day) }
        }
        var generator = CaseworkGenerator(seed: 5_000)
        var requests: [DisclosureRequest] = []
        for index in 0..<count {
            let received = days[index % days.count]
            let number = "压测依申请〔\(received.year)〕\(index + 1)号"
            var events: [RequestEvent] = []
            if index % 10 == 3 { events.append(RequestEvent(.consultationStarted(Consultation(.thirdParty)), on: received.adding(days: 1))) }
            if index % 10 == 7 {
                events.append(RequestEvent(.correctionRequested(correctionDue: today.adding(days: 10)), on: received))
            }
            requests.append(
                try DisclosureRequest(
                    id: RecordID(number), agencyID: AgencyID(agencyID.uuidString),
                    applicant: generator.applicant(generator.applicantType()), channel: .letter,
                    content: "压测申请 \(index + 1)：某项政府信息", receivedOn: received,
                    events: events.filter { $0.date <= today }))
        }
        for chunk in stride(from: 0, to: requests.count, by: 2_000) {
            try await CaseService(context).create(Array(requests[chunk..<min(chunk + 2_000, requests.count)]), agencyID: agencyID, actor: "bench")
        }
        return try await RequestModel.query(on: context.db).filter(\.$agency.$id == agencyID).filter(\.$closedOn == nil).count()
    }
}
