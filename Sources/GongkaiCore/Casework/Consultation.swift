/// Whom an agency consults, and so whether the time is left out of the reply period and whether
/// the consulted party has a time limit (see `DisclosureRegime`).
///
/// Raw values are stored; `thirdParty` and `otherAgency` are the values of earlier versions.
public enum ConsultationKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// 第三十二条: a third party whose rights disclosure may harm; it answers within 15 working days
    /// of receiving the 征求意见书, or the agency decides alone.
    case thirdParty
    /// 第三十四条: another agency that made the information jointly; it answers within 15 working
    /// days of receiving the 征求意见书, or is deemed to agree.
    case coMakingAgency = "coMaker"
    /// 第三十三条第三款: any other agency consulted (e.g. the one that made the information); the
    /// time is not counted and the Regulation sets the agency no limit.
    case otherAgency
    /// 第十七条第三款: the question of disclosure referred to the competent department or the
    /// 保密行政管理部门; not counted (第三十三条第三款), no limit.
    case secrecyReview

    /// "第三方", "共同制作机关", "其他机关", "保密行政管理部门或主管部门".
    public var label: String {
        switch self {
        case .thirdParty: "第三方"
        case .coMakingAgency: "共同制作机关"
        case .otherAgency: "其他机关"
        case .secrecyReview: "保密行政管理部门或主管部门"
        }
    }

    /// The article the consultation rests on: "第三十二条", "第三十四条"….
    public var article: String {
        switch self {
        case .thirdParty: "第三十二条"
        case .coMakingAgency: "第三十四条"
        case .otherAgency: "第三十三条第三款"
        case .secrecyReview: "第十七条第三款"
        }
    }
}

/// A 征求意见书 sent: to whom, and when it reached them if known.
public struct Consultation: Sendable, Hashable, Codable {
    /// What kind of party is consulted.
    public let kind: ConsultationKind
    /// The party's name (征求意见对象), e.g. "某某有限公司"; names tell open consultations apart,
    /// so two consultations out at once cannot have the same one. May be empty when only one is out.
    public let addressee: String
    /// The day the 征求意见书 reached the party (送达日期), when known; the party's 15 working
    /// days run from the day after. When unknown, they are counted from the sending day.
    public let deliveredOn: CivilDate?

    /// A consultation of `kind` sent to `addressee`, delivered on `deliveredOn` when known.
    public init(_ kind: ConsultationKind, addressee: String = "", deliveredOn: CivilDate? = nil) {
        self.kind = kind
        self.addressee = addressee.trimmedForRecord
        self.deliveredOn = deliveredOn
    }

    /// "第三方（某某有限公司）", or the kind alone when no addressee is recorded: for messages.
    public var displayName: String { kind.label + (addressee.isEmpty ? "" : "（\(addressee)）") }

    private enum CodingKeys: String, CodingKey { case kind, addressee, deliveredOn }

    /// Decodes; a missing addressee is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try container.decode(ConsultationKind.self, forKey: .kind),
            addressee: try container.decodeIfPresent(String.self, forKey: .addressee) ?? "",
            deliveredOn: try container.decodeIfPresent(CivilDate.self, forKey: .deliveredOn))
    }
}

/// The end of a consultation: which one (when several are out), and the delivery date of its
/// 征求意见书 if it was not known when it was sent.
public struct ConsultationAnswer: Sendable, Hashable, Codable {
    /// The consultation's addressee; `nil` ends the only open one.
    public let addressee: String?
    /// The day the 征求意见书 reached the party, when learnt only now (e.g. from the postal receipt).
    public let deliveredOn: CivilDate?

    /// The end of the consultation of `addressee` (the only open one when `nil`).
    public init(addressee: String? = nil, deliveredOn: CivilDate? = nil) {
        self.addressee = addressee?.trimmedForRecord
        self.deliveredOn = deliveredOn
    }
}

/// A consultation and its dates; `endedOn` is `nil` while it is out.
public struct ConsultationPeriod: Sendable, Hashable, Codable {
    /// What was sent.
    public internal(set) var consultation: Consultation
    /// The day the 征求意见书 was sent.
    public let startedOn: CivilDate
    /// The day the answer arrived; `nil` while out.
    public internal(set) var endedOn: CivilDate?

    /// The kind of party consulted.
    public var kind: ConsultationKind { consultation.kind }
    /// Whether it is still out.
    public var isOpen: Bool { endedOn == nil }
}
