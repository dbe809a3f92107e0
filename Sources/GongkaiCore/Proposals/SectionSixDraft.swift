/// The text offered for section 六 (其他需要报告的事项) of the annual report: what must be
/// reported there — the 信息处理费 charged under 国办函〔2020〕109号, and the handling of 人大代表建议
/// and 政协委员提案 — in the sentences agencies use ("全年收取政府信息公开信息处理费 0 元",
/// "办复率…满意率…"), from the records. The officer inserts and edits it; nothing is saved unasked.
public struct SectionSixDraft: Sendable, Hashable {
    /// The report's year.
    public let year: Int
    /// How the agency refers to itself in the report ("本机关", "区教育局"…).
    public let subject: String
    public let fees: ProcessingFeesCharged
    /// The figures per kind (kinds with nothing received are left out of the text).
    public let proposals: [ProposalRates]
    /// Replies made public (复文公开) per kind.
    public let publishedReplies: [ProposalKind: Int]

    public init(
        year: Int, subject: String = "本机关", fees: ProcessingFeesCharged, proposals: [ProposalRates],
        publishedReplies: [ProposalKind: Int] = [:]
    ) {
        self.year = year
        self.subject = subject
        self.fees = fees
        self.proposals = proposals
        self.publishedReplies = publishedReplies
    }

    /// The paragraphs: the fee sentence, then one per kind handled.
    public var paragraphs: [String] {
        var paragraphs = [
            "\(year)年，\(subject)严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 \(fees.amountYuan) 元"
                + (fees.requests > 0 ? "（涉及申请 \(fees.requests) 件）。" : "。")
        ]
        for rates in proposals where rates.received > 0 { paragraphs.append(sentence(rates)) }
        if proposals.allSatisfy({ $0.received == 0 }) {
            paragraphs.append("\(year)年，\(subject)未承办人大代表建议和政协委员提案。")
        }
        return paragraphs
    }

    /// The whole text, paragraphs separated by a blank line (as the sections are stored).
    public var text: String { paragraphs.joined(separator: "\n\n") }

    private func sentence(_ rates: ProposalRates) -> String {
        var parts: [String] = []
        var handled = "\(year)年，\(subject)共承办\(rates.kind.label) \(rates.received) 件"
        if rates.lead > 0, rates.assisting > 0 { handled += "（其中主办 \(rates.lead) 件、会办 \(rates.assisting) 件）" }
        else if rates.assisting == rates.received { handled += "（均为会办）" }
        parts.append(handled)
        if rates.replied == rates.received {
            parts.append("已全部办复，办复率 \(rates.replyRate?.percent ?? "—")")
        } else {
            parts.append("已办复 \(rates.replied) 件，办复率 \(rates.replyRate?.percent ?? "—")")
        }
        if rates.repliedOnTime < rates.replied { parts.append("其中按期办复 \(rates.repliedOnTime) 件") }
        if let satisfaction = rates.satisfactionRate {
            parts.append(
                "\(rates.kind.proposerTitle)反馈意见 \(rates.evaluated) 件，其中满意 \(rates.satisfied) 件、基本满意 \(rates.basicallySatisfied) 件，满意率 \(satisfaction.percent)")
        } else if rates.replied > 0 {
            parts.append("尚未收到\(rates.kind.proposerTitle)反馈意见")
        }
        if let published = publishedReplies[rates.kind], published > 0 { parts.append("公开答复复文 \(published) 件") }
        return parts.joined(separator: "，") + "。"
    }
}
