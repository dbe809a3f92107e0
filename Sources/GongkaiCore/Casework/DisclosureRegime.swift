/// The Regulation that governs a request, chosen by its date of receipt.
///
/// The revised 《中华人民共和国政府信息公开条例》 (国务院令第711号) took effect on 2019-05-15; a
/// request received before that day stays under the 2007 Regulation (国务院令第492号) for its whole
/// handling. The two differ in what the clock does:
///
/// | | 2007 (第492号) | 2019 (第711号) |
/// |---|---|---|
/// | reply period | 15 working days (第二十四条第二款) | 20 working days (第三十三条第二款) |
/// | extension | at most 15 working days in total (第二十四条第二款) | at most 20 in total (第三十三条第二款) |
/// | correction notice | no time limit (第二十一条第四项 only says 告知) | within 7 working days (第三十条) |
/// | time not counted | consulting a third party (第二十四条第三款) | consulting a third party or another agency (第三十三条第三款) |
/// | consulted party's answer | no time limit | 15 working days from receipt of the 征求意见书 (第三十二条, 第三十四条) |
/// | mass or repeated requests | — | reasons and a later reply date (第三十五条) |
public enum DisclosureRegime: String, Sendable, Hashable, CaseIterable, Codable {
    /// 国务院令第492号 (2007-04-05), in force until 2019-05-14.
    case regulation2007
    /// 国务院令第711号 (2019-04-03), in force from 2019-05-15.
    case regulation2019

    /// The day the 2019 Regulation took effect.
    public static let revisionEffectiveOn = CivilDate(year: 2019, month: 5, day: 15)!

    /// The regime of a request received on `date`.
    public static func forReceipt(on date: CivilDate) -> DisclosureRegime {
        date < revisionEffectiveOn ? .regulation2007 : .regulation2019
    }

    /// Working days to reply after receipt.
    public var replyPeriod: Int { self == .regulation2007 ? 15 : 20 }

    /// The most working days all extensions together may add.
    public var maximumExtension: Int { self == .regulation2007 ? 15 : 20 }

    /// Working days after receipt by which a correction notice is due; `nil` when the Regulation
    /// sets no limit (2007).
    public var correctionNoticePeriod: Int? { self == .regulation2007 ? nil : 7 }

    /// The article that sets the reply period and the extension: "第二十四条第二款" or "第三十三条第二款".
    public var replyArticle: String { self == .regulation2007 ? "第二十四条第二款" : "第三十三条第二款" }

    /// The article that excludes consultation time: "第二十四条第三款" or "第三十三条第三款".
    public var consultationArticle: String { self == .regulation2007 ? "第二十四条第三款" : "第三十三条第三款" }

    /// "2007年《条例》（国务院令第492号）" or "《条例》（国务院令第711号）", for messages.
    public var name: String {
        self == .regulation2007 ? "2007年《条例》（国务院令第492号）" : "《条例》（国务院令第711号）"
    }

    /// Whether the time of a consultation of `kind` is left out of the reply period.
    ///
    /// Under 2007 only consulting a third party is (第二十四条第三款 names no other); under 2019
    /// every consultation of a third party or another agency is (第三十三条第三款).
    public func pauses(for kind: ConsultationKind) -> Bool {
        self == .regulation2019 || kind == .thirdParty
    }

    /// The working days the consulted party has to answer, counted from the day after it
    /// receives the 征求意见书; `nil` when the Regulation sets no limit.
    public func answerLimit(for kind: ConsultationKind) -> Int? {
        guard self == .regulation2019 else { return nil }
        switch kind {
        case .thirdParty, .coMakingAgency: return 15
        case .otherAgency, .secrecyReview: return nil
        }
    }
}
