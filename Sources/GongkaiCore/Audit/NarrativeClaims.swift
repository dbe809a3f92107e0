/// Figures the report's prose states about its own tables: "共受理政府信息公开申请3119件",
/// "答复3050件", "另有103件顺延到下年度答复", "政府信息公开行政复议351件".
///
/// Prose is free, so the scanner is deliberately narrow: a figure counts only when a known verb
/// comes before it in the same clause, in a sentence about applications (or appeals), and not in
/// a breakdown ("其中…"), a comparison ("较上年…") or a plan ("将…").
struct NarrativeClaim: Sendable, Hashable {
    enum Metric: Sendable, Hashable, CaseIterable {
        case newReceived, resultsTotal, carriedOver, carriedForward, reconsideration, litigation
    }

    var metric: Metric
    var value: Int
    /// The sentence that states it, trimmed for quoting.
    var sentence: String
    /// The first year the sentence names, if any.
    var year: Int?
    var section: Int
}

enum NarrativeClaims {
    static func scan(_ text: String, section: Int) -> [NarrativeClaim] {
        var claims: [NarrativeClaim] = []
        for sentence in sentences(text) {
            if futureMarkers.contains(where: sentence.fastContains) || comparisonMarkers.contains(where: sentence.fastContains) {
                continue
            }
            // Only sentences with a count in 件 can state a figure about applications or appeals.
            guard sentence.fastContains("件") || sentence.fastContains("未收到") || sentence.fastContains("没有收到") else {
                continue
            }
            let aboutApplications = sentence.fastContains("申请")
            let year = YearText.firstYear(in: String(sentence))
            for clause in clauses(sentence) where !clause.fastContains("其中") {
                for metric in NarrativeClaim.Metric.allCases {
                    guard let value = value(of: metric, in: clause, aboutApplications: aboutApplications) else { continue }
                    claims.append(
                        NarrativeClaim(
                            metric: metric, value: value, sentence: quote(sentence, through: clause), year: year,
                            section: section))
                }
            }
        }
        return claims
    }

    static let futureMarkers = ["将进一步", "我局将", "将继续", "计划", "预计", "力争", "下一步", "拟"]
    static let comparisonMarkers = ["较", "同比", "相比", "比上年", "增长", "下降", "增加", "减少"]

    private static func value(of metric: NarrativeClaim.Metric, in clause: Substring, aboutApplications: Bool) -> Int? {
        switch metric {
        case .newReceived:
            guard aboutApplications, !["结转", "上年", "复议", "诉讼", "答复", "办结", "顺延"].contains(where: clause.fastContains)
            else { return nil }
            if ["未收到", "没有收到", "未受理"].contains(where: clause.fastContains) { return 0 }
            return number(after: ["受理", "收到", "新收", "接收", "共收"], in: clause)
        case .resultsTotal:
            guard aboutApplications, !["结转", "顺延", "下年", "复议", "诉讼"].contains(where: clause.fastContains) else { return nil }
            return number(after: ["答复", "办结", "办理完毕"], in: clause)
        case .carriedOver:
            guard clause.fastContains("结转"), clause.fastContains("上年") else { return nil }
            return number(after: ["结转", "上年"], in: clause) ?? number(after: [""], in: clause)
        case .carriedForward:
            guard ["结转下年", "顺延", "转入下年", "结转至下年", "下年度继续办理", "下年度答复"].contains(where: clause.fastContains)
            else { return nil }
            return number(after: [""], in: clause)
        case .reconsideration:
            guard !clause.fastContains("诉讼") else { return nil }
            return number(after: ["行政复议"], in: clause)
        case .litigation:
            guard !clause.fastContains("复议") else { return nil }
            return number(after: ["行政诉讼"], in: clause)
        }
    }

    /// The first "N件" that comes after one of `verbs` in `clause`.
    private static func number(after verbs: [String], in clause: Substring) -> Int? {
        for verb in verbs {
            let start = verb.isEmpty ? clause.startIndex : clause.fastRange(of: verb)?.upperBound
            guard let start else { continue }
            var digits = ""
            var index = start
            while index < clause.endIndex {
                let character = clause[index]
                if let digit = character.asciiDigitValue {
                    digits.append(String(digit))
                } else if !digits.isEmpty {
                    if character == "件", let value = Int(digits) { return value }
                    digits = ""
                }
                index = clause.index(after: index)
            }
        }
        return nil
    }

    private static func sentences(_ text: String) -> [Substring] {
        split(Substring(text), at: ["。", "；", ";", "！", "\n"])
    }

    private static func clauses(_ sentence: Substring) -> [Substring] {
        split(sentence, at: ["，", ",", "（", "）", "(", ")", "：", ":"])
    }

    /// `text` split at any of `separators`, empty pieces dropped (by Unicode scalar, which is
    /// enough for punctuation and much faster than splitting by grapheme clusters).
    private static func split(_ text: Substring, at separators: Set<Unicode.Scalar>) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if separators.contains(scalars[index]) {
                if start < index { pieces.append(text[start..<index]) }
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        if start < text.endIndex { pieces.append(text[start...]) }
        return pieces
    }

    /// The sentence up to the end of the clause that states the figure ("…" marks what is cut).
    private static func quote(_ sentence: Substring, through clause: Substring) -> String {
        var quoted = LabelText.trim(sentence[..<clause.endIndex])
        if quoted.count > 80 { quoted = "…" + String(quoted.suffix(80)) }
        return clause.endIndex < sentence.endIndex ? quoted + "…" : quoted
    }
}
