extension DisclosureRequest: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, agencyID, applicant, channel, content, receivedOn, pieceCount, events
    }

    /// Decodes and re-validates the history, so stored data cannot smuggle in an invalid one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: container.decode(RecordID.self, forKey: .id),
            agencyID: container.decode(AgencyID.self, forKey: .agencyID),
            applicant: container.decode(Applicant.self, forKey: .applicant),
            channel: container.decode(RequestChannel.self, forKey: .channel),
            content: container.decode(String.self, forKey: .content),
            receivedOn: container.decode(CivilDate.self, forKey: .receivedOn),
            pieceCount: container.decodeIfPresent(Int.self, forKey: .pieceCount) ?? 1,
            events: container.decode([RequestEvent].self, forKey: .events))
    }

    /// Encodes the request and its events (the derived state is not stored).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(agencyID, forKey: .agencyID)
        try container.encode(applicant, forKey: .applicant)
        try container.encode(channel, forKey: .channel)
        try container.encode(content, forKey: .content)
        try container.encode(receivedOn, forKey: .receivedOn)
        if pieceCount != 1 { try container.encode(pieceCount, forKey: .pieceCount) }
        try container.encode(events, forKey: .events)
    }
}
