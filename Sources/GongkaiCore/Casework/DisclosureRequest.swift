/// An application for disclosure (依申请公开): who asked, for what, when it was received, and
/// everything that happened to it since.
///
/// Its events are validated as a state machine (`RequestProgress`) whenever they are set or
/// decoded, so a `DisclosureRequest` in hand always has a consistent history; the state, the
/// statutory clock and the annual-report classification are all derived from that history.
public struct DisclosureRequest: Sendable, Hashable, Identifiable {
    /// The request's identifier (e.g. the case number).
    public let id: RecordID
    /// The agency that received it.
    public let agencyID: AgencyID
    /// Who applied.
    public let applicant: Applicant
    /// How the application arrived.
    public let channel: RequestChannel
    /// What is asked for (申请公开的政府信息的名称、文号或者便于查询的其他特征性描述).
    public let content: String
    /// The date of receipt under 第三十一条 (see `RequestChannel.receiptRule`).
    public let receivedOn: CivilDate
    /// The history, oldest first.
    public private(set) var events: [RequestEvent]
    /// The state folded from `events`.
    public private(set) var progress: RequestProgress

    /// A request with its history; throws on the first event that breaks the state machine.
    public init(
        id: RecordID, agencyID: AgencyID, applicant: Applicant, channel: RequestChannel, content: String,
        receivedOn: CivilDate, events: [RequestEvent] = []
    ) throws(DisclosureRequestError) {
        guard !content.trimmedForRecord.isEmpty else {
            throw DisclosureRequestError(requestID: id, reason: .emptyContent)
        }
        self.id = id
        self.agencyID = agencyID
        self.applicant = applicant
        self.channel = channel
        self.content = content
        self.receivedOn = receivedOn
        self.events = []
        self.progress = RequestProgress(receivedOn: receivedOn)
        for event in events { try record(event) }
    }

    /// A request whose date of receipt is fixed by `evidence` under 第三十一条.
    public init(
        id: RecordID, agencyID: AgencyID, applicant: Applicant, channel: RequestChannel, content: String,
        receipt evidence: ReceiptEvidence, events: [RequestEvent] = []
    ) throws(DisclosureRequestError) {
        let date: CivilDate
        do {
            date = try channel.receiptDate(from: evidence)
        } catch {
            throw DisclosureRequestError(requestID: id, reason: .receipt(error))
        }
        try self.init(
            id: id, agencyID: agencyID, applicant: applicant, channel: channel, content: content, receivedOn: date,
            events: events)
    }

    /// Appends `event` to the history, or throws without changing anything.
    public mutating func record(_ event: RequestEvent) throws(DisclosureRequestError) {
        do {
            try progress.apply(event)
        } catch {
            throw DisclosureRequestError(requestID: id, eventIndex: events.count, event: event, reason: error)
        }
        events.append(event)
    }

    /// A copy with `event` appended.
    public func recording(_ event: RequestEvent) throws(DisclosureRequestError) -> DisclosureRequest {
        var copy = self
        try copy.record(event)
        return copy
    }

    /// The applicant's table-3 column.
    public var applicantType: ApplicantType { applicant.type }

    /// How and when the request was closed; `nil` while open.
    public var closure: RequestClosure? { progress.closure }

    /// The current phase.
    public var phase: RequestPhase { progress.phase }
}
