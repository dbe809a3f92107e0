import Foundation

/// Composes official letters from typed facts: one function per kind, pure, every legal phrase
/// chosen here, and only the officer's specific grounds and explanations typed by hand.
///
/// - `reply(_:details:facts:)`: 政府信息公开申请答复书, one wording per reply type;
/// - `notProcessed(_:details:facts:)`: 不予处理告知书 for the （五） results;
/// - `correction(_:facts:)`: 补正告知书 (第三十条);
/// - `deadlineExtension(_:facts:)`: 延期答复告知书 (第三十三条第二款);
/// - `consultation(_:facts:)`: 征求意见函 (第三十二条, 第三十四条);
/// - `feeNotice(_:paymentMethod:facts:)`: 收费通知书 (第四十二条, 国办函〔2020〕109号).
///
/// Each throws `LetterError` naming the field to fix when a fact the letter needs is missing
/// or inconsistent.
public enum LetterComposer {
    /// Checks the facts every letter about a request needs.
    static func validate(_ facts: LetterFacts) throws(LetterError) {
        guard !facts.agency.name.isEmpty else { throw .missing(.agencyName) }
        guard facts.number.isValid else { throw .invalidNumber(facts.number) }
        guard facts.date >= Statute.regulationInForce else { throw .beforeRegulation(facts.date) }
        guard !facts.request.caseNumber.isEmpty else { throw .missing(.caseNumber) }
        guard !facts.request.content.isEmpty else { throw .missing(.requestContent) }
        guard facts.date >= facts.request.receivedOn else {
            throw .beforeReceipt(letter: facts.date, received: facts.request.receivedOn)
        }
    }

    /// Checks the facts of a letter to the applicant.
    static func validateForApplicant(_ facts: LetterFacts) throws(LetterError) {
        try validate(facts)
        guard !facts.request.applicantName.isEmpty else { throw .missing(.applicantName) }
    }

    /// A letter to the applicant begun: the facts checked, the request restated.
    static func applicantDraft(_ facts: LetterFacts) throws(LetterError) -> LetterDraft {
        try validateForApplicant(facts)
        var draft = LetterDraft()
        draft.add(restatement(facts))
        return draft
    }

    /// A letter to the applicant finished.
    static func applicantLetter(
        _ kind: LetterKind, _ draft: LetterDraft, facts: LetterFacts, appealRights: String? = nil, closing: String
    ) -> OfficialLetter {
        letter(kind, draft, facts: facts, addressee: facts.request.applicantName, appealRights: appealRights, closing: closing)
    }

    /// "本机关于2026年1月5日收到您提交的政府信息公开申请（申请编号：…），您申请获取“…”。"
    static func restatement(_ facts: LetterFacts) -> String {
        let request = facts.request
        return "本机关于\(request.receivedOn.chineseText)收到\(request.you)提交的政府信息公开申请"
            + "（申请编号：\(request.caseNumber)），\(request.you)申请获取“\(request.content)”。"
    }

    /// The letter of `kind` from a finished draft, addressed to `addressee`.
    static func letter(
        _ kind: LetterKind, _ draft: LetterDraft, facts: LetterFacts, addressee: String, appealRights: String?,
        closing: String
    ) -> OfficialLetter {
        OfficialLetter(
            kind: kind, title: facts.agency.name + kind.titleSuffix, number: facts.number.description,
            caseNumber: facts.request.caseNumber, addressee: addressee, body: draft.paragraphs,
            legalBasis: draft.citations, appealRights: appealRights, closing: closing, issuer: facts.agency.name,
            date: facts.date, contact: facts.agency.contactLine,
            copyTo: facts.copyTo.map(\.trimmedForRecord).filter { !$0.isEmpty })
    }

    /// Adds the appeal-rights sentence to `draft`'s citations and returns it.
    static func appealRights(
        _ kind: LetterKind, reconsiderationFirst: Bool, facts: LetterFacts, draft: inout LetterDraft
    ) throws(LetterError) -> String {
        let (text, citations) = try AppealRights.sentence(
            kind: kind, reconsiderationFirst: reconsiderationFirst, venues: facts.agency.appeal, date: facts.date)
        draft.citations += citations
        return text
    }
}

/// The body of a letter as it is written: paragraphs, and the provisions they cite in order.
struct LetterDraft {
    private var written: [String] = []
    fileprivate(set) var citations: [LegalCitation] = []
    private var regulationNamed = false

    /// Appends a paragraph.
    mutating func add(_ paragraph: String) { written.append(paragraph) }

    /// The paragraphs; "（以下简称《条例》）" is dropped where the short name is never used.
    var paragraphs: [String] {
        let definition = "（以下简称\(Statute.regulationShort)）"
        let uses = written.reduce(0) { $0 + $1.components(separatedBy: Statute.regulationShort).count - 1 }
        guard uses == 1 else { return written }
        return written.map { $0.replacingOccurrences(of: definition, with: "") }
    }

    /// "《中华人民共和国政府信息公开条例》（以下简称《条例》）第十四条、第三十六条第（三）项" the first
    /// time the Regulation is cited, "《条例》第…" after; records each provision.
    mutating func regulation(_ provisions: [String]) -> String {
        citations += provisions.map(Statute.regulation)
        return regulationName() + provisions.joined(separator: "、")
    }

    /// The Regulation's name, in full the first time: for "依照《条例》的规定".
    mutating func regulationName() -> String {
        defer { regulationNamed = true }
        return regulationNamed ? Statute.regulationShort : Statute.regulation + "（以下简称《条例》）"
    }

    /// Records a citation of another law and returns its text.
    mutating func cite(_ citation: LegalCitation) -> String {
        citations.append(citation)
        return citation.text
    }
}

extension String {
    /// The text with a closing full stop added unless it already ends a sentence: officers type
    /// reasons with or without one.
    var closedSentence: String {
        guard let last = last else { return self }
        return "。！？；”".contains(last) ? self : self + "。"
    }
}
