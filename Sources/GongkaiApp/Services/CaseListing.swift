import FluentKit
import Foundation
import GongkaiCore

/// Open requests with their statutory deadlines as of a given day (`gongkai cases list`).
public struct CaseListing: Sendable {
    /// The caller's connection, logger and clock.
    public let context: ServiceContext
    /// The statutory clock the deadlines are computed with.
    public let clock: StatutoryClock

    /// A listing working in `context` with the statutory `clock`.
    public init(_ context: ServiceContext, clock: StatutoryClock = StatutoryClock()) {
        self.context = context
        self.clock = clock
    }

    /// Which open requests to list.
    public enum Filter: String, Sendable, CaseIterable {
        case all, overdue, dueSoon
    }

    /// One open request and where it stands.
    public struct Entry: Sendable {
        public let id: UUID
        public let agencyName: String
        public let request: DisclosureRequest
        public let deadline: ReplyDeadline
    }

    /// The open requests of `agency` (all agencies when `nil`) on `asOf`, most urgent first.
    public func openCases(agency: AgencyModel?, asOf: CivilDate, filter: Filter = .all) async throws -> [Entry] {
        let names = Dictionary(uniqueKeysWithValues: try await AgencyModel.query(on: context.db).all().map { ($0.id!, $0.name) })
        let stored = try await CaseService(context).requests(agencyID: agency?.id, openOnly: true)
        let entries = stored.filter { $0.request.receivedOn <= asOf }.map { item in
            Entry(
                id: item.id, agencyName: names[item.agencyID] ?? "", request: item.request,
                deadline: clock.deadline(for: item.request, asOf: asOf))
        }.filter { entry in
            switch filter {
            case .all: true
            case .overdue: entry.deadline.state == .overdue
            case .dueSoon: entry.deadline.state == .dueSoon
            }
        }
        return entries.sorted { lhs, rhs in
            let left = lhs.deadline.remainingWorkingDays ?? Int.max
            let right = rhs.deadline.remainingWorkingDays ?? Int.max
            return left != right ? left < right : lhs.request.receivedOn < rhs.request.receivedOn
        }
    }
}
