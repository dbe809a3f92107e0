import FluentKit
import Foundation
import GongkaiCore

extension RequestModel {
    /// The columns derived from a request's history by the core state machine: what the annual
    /// report's GROUP BY and the case lists read. Computed in this one place.
    public struct Derived: Sendable, Hashable {
        public let applicantColumn: Int
        public let phase: String
        public let resultRow: String?
        public let closedOn: String?
        public let closureWay: String?
        public let eventCount: Int
        /// The reply deadline while open and counting (`nil` while paused, waiting for the
        /// applicant, or closed): the work queue sorts and counts by it in SQL. It depends only
        /// on the history, so it is computed when the history changes.
        public let dueOn: String?

        /// The derived columns of `request`.
        public init(_ request: DisclosureRequest, clock: StatutoryClock = StatutoryClock()) {
            applicantColumn = request.applicantType.columnIndex
            phase = request.phase.rawValue
            resultRow = request.closure?.result.rawValue
            closedOn = request.closure?.date.description
            closureWay = request.closure?.way.rawValue
            eventCount = request.events.count
            dueOn =
                request.closure == nil
                ? clock.deadline(for: request, asOf: request.progress.lastEventDate).dueDate?.description : nil
        }
    }

    /// A new row for `request` of the agency `agencyID`.
    convenience init(_ request: DisclosureRequest, agencyID: UUID, id: UUID = UUID()) {
        self.init()
        self.id = id
        self.$agency.id = agencyID
        caseNumber = request.id.rawValue
        receivedOn = request.receivedOn.description
        channel = request.channel.rawValue
        content = request.content
        pieceCount = request.pieceCount
        apply(Derived(request))
    }

    /// Sets the derived columns.
    func apply(_ derived: Derived) {
        applicantColumn = derived.applicantColumn
        phase = derived.phase
        resultRow = derived.resultRow
        closedOn = derived.closedOn
        closureWay = derived.closureWay
        eventCount = derived.eventCount
        dueOn = derived.dueOn
    }

    /// The date of receipt.
    public var receivedDate: CivilDate? { CivilDate(iso: receivedOn) }

    /// The core request, from this row, its applicant and its events (re-validated by the core).
    public func toCore(applicant: Applicant, events: [RequestEvent]) throws -> DisclosureRequest {
        guard let received = CivilDate(iso: receivedOn) else {
            throw StoredDataError(table: Self.schema, key: caseNumber, reason: "收到日期“\(receivedOn)”无效")
        }
        guard let channel = RequestChannel(rawValue: channel) else {
            throw StoredDataError(table: Self.schema, key: caseNumber, reason: "申请方式“\(self.channel)”无效")
        }
        do {
            return try DisclosureRequest(
                id: RecordID(caseNumber), agencyID: AgencyID($agency.id.uuidString), applicant: applicant,
                channel: channel, content: content, receivedOn: received, pieceCount: pieceCount, events: events)
        } catch {
            throw StoredDataError(table: Self.schema, key: caseNumber, reason: error.description)
        }
    }
}
