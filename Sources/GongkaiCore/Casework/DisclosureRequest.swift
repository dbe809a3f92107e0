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
    /// How many 件 the application counts as for the 按件 fee: more than 1 when the agency splits
    /// an application with several items by the 一事一申请 principle (《政府信息公开信息处理费管理办法》
    /// 第四条). Table 3 still counts the application once.
    public let pieceCount: Int
    /// The history, oldest first.
    public private(set) var events: [RequestEvent]
    /// The state folded from `events`.
    public private(set) var progress: RequestProgress

    /// A request with its history; throws on the first event that breaks the state machine.
    /// `calendar` counts the working days the state machine checks (a fee's payment deadline).
    public init(
        id: RecordID, agencyID: AgencyID, applicant: Applicant, channel: RequestChannel, content: String,
        receivedOn: CivilDate, pieceCount: Int = 1, events: [RequestEvent] = [], calendar: WorkdayCalendar = .official
    ) throws(DisclosureRequestError) {
        guard !content.trimmedForRecord.isEmpty else {
            throw DisclosureRequestError(requestID: id, reason: .emptyContent)
        }
        guard pieceCount >= 1 else { throw DisclosureRequestError(requestID: id, reason: .invalidPieceCount(pieceCount)) }
        self.id = id
        self.agencyID = agencyID
        self.applicant = applicant
        self.channel = channel
        self.content = content
        self.receivedOn = receivedOn
        self.pieceCount = pieceCount
        self.events = []
        self.progress = RequestProgress(receivedOn: receivedOn, calendar: calendar)
        for event in events { try record(event) }
    }

    /// A request whose date of receipt is fixed by `evidence` under 第三十一条.
    public init(
        id: RecordID, agencyID: AgencyID, applicant: Applicant, channel: RequestChannel, content: String,
        receipt evidence: ReceiptEvidence, pieceCount: Int = 1, events: [RequestEvent] = []
    ) throws(DisclosureRequestError) {
        let date: CivilDate
        do {
            date = try channel.receiptDate(from: evidence)
        } catch {
            throw DisclosureRequestError(requestID: id, reason: .receipt(error))
        }
        try self.init(
            id: id, agencyID: agencyID, applicant: applicant, channel: channel, content: content, receivedOn: date,
            pieceCount: pieceCount, events: events)
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

    /// The Regulation in force when the request was received.
    public var regime: DisclosureRegime { progress.regime }
}
