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
    /// The day the suit was filed at this level (立案).
    public let filedOn: CivilDate
    /// The judgment or ruling at this level; `nil` while pending (尚未审结).
    public let decision: AppealDecision?
    /// The agency's part in the suit (only some roles are counted, see `AppealRole`).
    public let role: AppealRole
    /// The court level of this record.
    public let courtLevel: CourtLevel
    /// The record of the level below (the first instance of an appeal, the suit a retrial
    /// reopens); `nil` for a first instance.
    public let priorInstanceID: RecordID?

    /// A case; the decision cannot precede the filing, only a suit after reconsideration names a
    /// reconsideration, the role must fit a lawsuit, and a second instance or retrial may name
    /// the record below it (a first instance names none).
    public init(
        id: RecordID, requestID: RecordID, route: Route, reconsiderationID: RecordID? = nil, filedOn: CivilDate,
        decision: AppealDecision? = nil, role: AppealRole = .respondent, courtLevel: CourtLevel = .firstInstance,
        priorInstanceID: RecordID? = nil
    ) throws(AppealCaseError) {
        if let decision, decision.decidedOn < filedOn {
            throw AppealCaseError(caseID: id, reason: .decidedBeforeFiling)
        }
        if route == .direct, reconsiderationID != nil {
            throw AppealCaseError(caseID: id, reason: .directWithReconsideration)
        }
        guard role.fitsLitigation else { throw AppealCaseError(caseID: id, reason: .roleDoesNotFit(role)) }
        if courtLevel == .firstInstance, priorInstanceID != nil {
            throw AppealCaseError(caseID: id, reason: .firstInstanceWithPrior)
        }
        if priorInstanceID == id { throw AppealCaseError(caseID: id, reason: .priorInstanceIsItself) }
        self.id = id
        self.requestID = requestID
        self.route = route
        self.reconsiderationID = reconsiderationID
        self.filedOn = filedOn
        self.decision = decision
        self.role = role
        self.courtLevel = courtLevel
        self.priorInstanceID = priorInstanceID
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
            decision: container.decodeIfPresent(AppealDecision.self, forKey: .decision),
            role: container.decodeIfPresent(AppealRole.self, forKey: .role) ?? .respondent,
            courtLevel: container.decodeIfPresent(CourtLevel.self, forKey: .courtLevel) ?? .firstInstance,
            priorInstanceID: container.decodeIfPresent(RecordID.self, forKey: .priorInstanceID))
    }
}
