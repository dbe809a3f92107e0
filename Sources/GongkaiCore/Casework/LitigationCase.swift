/// An administrative lawsuit (行政诉讼) arising from a disclosure request.
public struct LitigationCase: AppealCase, Sendable, Hashable, Codable, Identifiable {
    /// Whether the suit followed a reconsideration.
    public enum Route: String, Sendable, Hashable, CaseIterable, Codable {
        /// 未经复议直接起诉.
        case direct
        /// 复议后起诉.
        case afterReconsideration

        /// The table-4 row.
        public var rowKey: RowKey {
            self == .direct ? Templates.Row.litigationDirect : Templates.Row.litigationAfterReconsideration
        }
    }

    /// The record's identifier.
    public let id: RecordID
    /// The request whose handling is challenged.
    public let requestID: RecordID
    /// Direct, or after reconsideration.
    public let route: Route
    /// The reconsideration that preceded the suit, when known (route `.afterReconsideration`).
    public let reconsiderationID: RecordID?
    /// The day the suit was filed (立案).
    public let filedOn: CivilDate
    /// `nil` while pending (尚未审结).
    public let decision: AppealDecision?

    /// A case; the decision cannot precede the filing, and only a suit after reconsideration
    /// names a reconsideration.
    public init(
        id: RecordID, requestID: RecordID, route: Route, reconsiderationID: RecordID? = nil, filedOn: CivilDate,
        decision: AppealDecision? = nil
    ) throws(AppealCaseError) {
        if let decision, decision.decidedOn < filedOn {
            throw AppealCaseError(caseID: id, reason: .decidedBeforeFiling)
        }
        if route == .direct, reconsiderationID != nil {
            throw AppealCaseError(caseID: id, reason: .directWithReconsideration)
        }
        self.id = id
        self.requestID = requestID
        self.route = route
        self.reconsiderationID = reconsiderationID
        self.filedOn = filedOn
        self.decision = decision
    }

    /// Decodes through the validating initializer, so stored data is checked like new input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: container.decode(RecordID.self, forKey: .id),
            requestID: container.decode(RecordID.self, forKey: .requestID),
            route: container.decode(Route.self, forKey: .route),
            reconsiderationID: container.decodeIfPresent(RecordID.self, forKey: .reconsiderationID),
            filedOn: container.decode(CivilDate.self, forKey: .filedOn),
            decision: container.decodeIfPresent(AppealDecision.self, forKey: .decision))
    }
}
