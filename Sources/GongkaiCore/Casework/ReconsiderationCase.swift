/// An administrative reconsideration (行政复议) arising from a disclosure request.
public struct ReconsiderationCase: AppealCase, Sendable, Hashable, Codable, Identifiable {
    /// The record's identifier.
    public let id: RecordID
    /// The request whose handling is challenged.
    public let requestID: RecordID
    /// The day the application for reconsideration was filed.
    public let filedOn: CivilDate
    /// `nil` while pending (尚未审结).
    public let decision: AppealDecision?
    /// The agency's part: the respondent (counted) or the body that decided it (not counted).
    public let role: AppealRole

    /// A case; the decision cannot precede the filing, and the role must fit a reconsideration.
    public init(
        id: RecordID, requestID: RecordID, filedOn: CivilDate, decision: AppealDecision? = nil,
        role: AppealRole = .respondent
    ) throws(AppealCaseError) {
        if let decision, decision.decidedOn < filedOn {
            throw AppealCaseError(caseID: id, reason: .decidedBeforeFiling)
        }
        guard role.fitsReconsideration else { throw AppealCaseError(caseID: id, reason: .roleDoesNotFit(role)) }
        self.id = id
        self.requestID = requestID
        self.filedOn = filedOn
        self.decision = decision
        self.role = role
    }

    /// Decodes through the validating initializer, so stored data is checked like new input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: container.decode(RecordID.self, forKey: .id),
            requestID: container.decode(RecordID.self, forKey: .requestID),
            filedOn: container.decode(CivilDate.self, forKey: .filedOn),
            decision: container.decodeIfPresent(AppealDecision.self, forKey: .decision),
            role: container.decodeIfPresent(AppealRole.self, forKey: .role) ?? .respondent)
    }
}
