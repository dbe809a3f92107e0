import Foundation

/// How a request was closed: one result row of table 3 in the 2021 template, one to one.
///
/// Raw values are the row keys of `Templates.layout(.requests, .v2021)` (stable: stored in
/// databases). In the 2019 template the three `otherHandling*` results share the single row
/// `otherHandling` (see `rowKey(in:)`).
public enum ReplyResult: String, Sendable, Hashable, CaseIterable, Codable {
    /// （一）予以公开.
    case granted = "granted"
    /// （二）部分公开 (区分处理的，只计这一情形).
    case partiallyGranted = "partiallyGranted"
    /// （三）1 属于国家秘密.
    case deniedStateSecret = "denied.stateSecret"
    /// （三）2 其他法律行政法规禁止公开.
    case deniedProhibitedByLaw = "denied.prohibitedByLaw"
    /// （三）3 危及“三安全一稳定”.
    case deniedSecurityStability = "denied.securityStability"
    /// （三）4 保护第三方合法权益.
    case deniedThirdPartyRights = "denied.thirdPartyRights"
    /// （三）5 属于三类内部事务信息.
    case deniedInternalAffairs = "denied.internalAffairs"
    /// （三）6 属于四类过程性信息.
    case deniedProcessInformation = "denied.processInformation"
    /// （三）7 属于行政执法案卷.
    case deniedEnforcementFiles = "denied.enforcementFiles"
    /// （三）8 属于行政查询事项.
    case deniedQueryMatters = "denied.queryMatters"
    /// （四）1 本机关不掌握相关政府信息.
    case unavailableNotHeld = "unavailable.notHeld"
    /// （四）2 没有现成信息需要另行制作.
    case unavailableNeedsCreation = "unavailable.needsCreation"
    /// （四）3 补正后申请内容仍不明确.
    case unavailableStillUnclear = "unavailable.stillUnclear"
    /// （五）1 信访举报投诉类申请.
    case notProcessedPetition = "notProcessed.petition"
    /// （五）2 重复申请.
    case notProcessedDuplicate = "notProcessed.duplicate"
    /// （五）3 要求提供公开出版物.
    case notProcessedPublication = "notProcessed.publication"
    /// （五）4 无正当理由大量反复申请.
    case notProcessedExcessive = "notProcessed.excessive"
    /// （五）5 要求行政机关确认或重新出具已获取信息.
    case notProcessedConfirmation = "notProcessed.confirmation"
    /// （六）1 逾期不补正、不再处理 — only through a lapsed correction, never as a reply.
    case otherHandlingNoCorrection = "otherHandling.noCorrection"
    /// （六）2 逾期未缴费、不再处理 — only through a lapsed fee notice, never as a reply.
    case otherHandlingUnpaidFee = "otherHandling.unpaidFee"
    /// （六）3 其他 (including a withdrawn application).
    case otherHandlingOther = "otherHandling.other"

    /// The row this result is counted in, in `template`.
    public func rowKey(in template: TemplateVersion) -> RowKey {
        if template == .v2019, rawValue.hasPrefix("otherHandling.") { return Templates.Row.otherHandling }
        return RowKey(rawValue)
    }

    /// The result's label as the 2021 template prints it: "（三）不予公开 1.属于国家秘密".
    public var label: String {
        Templates.layout(.requests, .v2021).row(RowKey(rawValue))?.displayLabel ?? rawValue
    }

    /// The result as a citizen reads it inside a sentence or brackets: the row's words without
    /// ordinals or counting notes, a sub-row after its group ("予以公开", "部分公开",
    /// "无法提供：本机关不掌握相关政府信息").
    public var plainLabel: String {
        guard let row = Templates.layout(.requests, .v2021).row(RowKey(rawValue)) else { return rawValue }
        let group = row.groups.count > 1 ? row.groups.last : nil
        return ([group, row.label].compactMap { $0 }).map(Self.wordsOnly).joined(separator: "：")
    }

    /// `text` without a leading ordinal ("（一）", "1.") or a trailing note in brackets.
    private static func wordsOnly(_ label: String) -> String {
        var text = Substring(label)
        if text.first == "（", let close = text.firstIndex(of: "）"),
           text[text.index(after: text.startIndex)..<close].allSatisfy({ "一二三四五六七八九十".contains($0) }) {
            text = text[text.index(after: close)...]
        }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, let mark = text.dropFirst(digits.count).first, ".．、".contains(mark) {
            text = text.dropFirst(digits.count + 1)
        }
        if text.last == "）", let open = text.firstIndex(of: "（"), open > text.startIndex {
            text = text[..<open]
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Whether an officer may record this result as a reply. The two lapse results arise only
    /// from the applicant's inaction (`correctionLapsed`, `feeLapsed`), so that the table cannot
    /// count a lapse the events do not show.
    public var isReplyResult: Bool { self != .otherHandlingNoCorrection && self != .otherHandlingUnpaidFee }
}
