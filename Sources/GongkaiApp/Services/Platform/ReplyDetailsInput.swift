import Foundation
import GongkaiCore

/// The facts of a reply letter as the draft form posts them (plain strings, kept with the draft
/// as JSON), turned into the core's `ReplyDetails` when the letter is composed.
public struct ReplyDetailsInput: Codable, Sendable, Hashable {
    public var reasons: String?
    public var publishedAt: String?
    /// One item per line.
    public var providedItems: String?
    public var deliveryForm: String?
    public var deliveryDetail: String?
    /// `DenialGround` raw values (部分公开: the grounds of the withheld part).
    public var withheldGrounds: [String]?
    /// "on" when the third party objected after consultation.
    public var thirdPartyObjected: String?
    public var responsibleAgency: String?
    public var responsibleAgencyContact: String?
    public var previousReplyDate: String?
    public var previousReplyNumber: String?
    public var procedure: String?
    public var channel: String?
    public var whereToObtain: String?

    public init() {}

    /// The core details; `correctionRequestedOn` comes from the case's history, not the form.
    public func details(correctionRequestedOn: CivilDate?) throws(FormError) -> ReplyDetails {
        var problems: [FieldProblem] = []
        var previous: CivilDate?
        if let text = previousReplyDate?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            previous = CivilDate(iso: text)
            if previous == nil { problems.append(FieldProblem(field: "previousReplyDate", message: "此前答复日期应为日期，例如 2026-01-05")) }
        }
        var grounds: [DenialGround] = []
        for value in withheldGrounds ?? [] {
            guard let ground = DenialGround(rawValue: value) else {
                problems.append(FieldProblem(field: "withheldGrounds", message: "不予公开部分的依据无效"))
                continue
            }
            grounds.append(ground)
        }
        var delivery: Delivery?
        if let form = deliveryForm.flatMap(DeliveryForm.init(rawValue:)) { delivery = Delivery(form, detail: deliveryDetail) }
        guard problems.isEmpty else { throw FormError(problems) }
        return ReplyDetails(
            reasons: reasons, publishedAt: publishedAt,
            providedItems: (providedItems ?? "").split(whereSeparator: \.isNewline).map(String.init), delivery: delivery,
            withheldGrounds: grounds, thirdPartyObjected: thirdPartyObjected == "on", responsibleAgency: responsibleAgency,
            responsibleAgencyContact: responsibleAgencyContact, previousReplyDate: previous,
            previousReplyNumber: previousReplyNumber, procedure: procedure, channel: channel, whereToObtain: whereToObtain,
            correctionRequestedOn: correctionRequestedOn)
    }

    /// The form field a letter field is entered in.
    public static func formField(_ field: LetterField) -> String {
        switch field {
        case .delivery: "deliveryForm"
        case .deliveryDetail: "deliveryDetail"
        case .reasons, .publishedAt, .responsibleAgency, .previousReplyDate, .procedure, .whereToObtain: field.rawValue
        default: "reply"
        }
    }
}
