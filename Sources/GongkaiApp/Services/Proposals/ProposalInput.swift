import Foundation
import GongkaiCore

/// The register form of a suggestion or proposal, as posted (every field optional: a missing
/// field is a form problem, not a decoding failure).
public struct ProposalInput: Codable, Sendable, Hashable {
    /// `ProposalKind` raw value.
    public var kind: String?
    public var number: String?
    public var title: String?
    public var proposers: String?
    /// `ProposalRole` raw value.
    public var role: String?
    /// 交办 date, `YYYY-MM-DD`.
    public var assignedOn: String?
    public var revision: Int?

    public init() {}

    /// The form checked: what is stored, or every problem at once.
    struct Checked {
        let kind: ProposalKind
        let number: String
        let title: String
        let proposers: String
        let role: ProposalRole
        let assignedOn: CivilDate
    }

    func checked(today: CivilDate) throws -> Checked {
        var problems: [FieldProblem] = []
        let kind = kind.flatMap(ProposalKind.init(rawValue:))
        if kind == nil { problems.append(FieldProblem(field: "kind", message: "请选择类别（人大代表建议或政协委员提案）")) }
        let role = role.flatMap(ProposalRole.init(rawValue:))
        if role == nil { problems.append(FieldProblem(field: "role", message: "请选择主办或会办")) }
        let number = ProposalText.line(number)
        if number.isEmpty { problems.append(FieldProblem(field: "number", message: "请填写建议或提案的编号，例如“第45号”")) }
        if number.count > 60 { problems.append(FieldProblem(field: "number", message: "编号不超过60字")) }
        let title = ProposalText.line(title)
        if title.isEmpty { problems.append(FieldProblem(field: "title", message: "请填写标题（案由）")) }
        if title.count > 200 { problems.append(FieldProblem(field: "title", message: "标题不超过200字")) }
        let proposers = ProposalText.line(proposers)
        if proposers.isEmpty { problems.append(FieldProblem(field: "proposers", message: "请填写提出建议的代表或提出提案的委员姓名")) }
        if proposers.count > 200 { problems.append(FieldProblem(field: "proposers", message: "代表委员姓名不超过200字")) }
        let assigned = CivilDate(iso: ProposalText.line(assignedOn))
        if assigned == nil {
            problems.append(FieldProblem(field: "assignedOn", message: "交办日期应为日期，例如 2026-03-15"))
        } else if let assigned, today < assigned {
            problems.append(FieldProblem(field: "assignedOn", message: "交办日期不能晚于今天"))
        } else if let assigned, assigned.year < 2000 {
            problems.append(FieldProblem(field: "assignedOn", message: "交办日期过早，请核对年份"))
        }
        guard problems.isEmpty, let kind, let role, let assigned else { throw FormError(problems) }
        return Checked(kind: kind, number: number, title: title, proposers: proposers, role: role, assignedOn: assigned)
    }
}

/// The reply form: date, the evaluation, 复文公开 and the reply's text.
public struct ProposalReplyInput: Codable, Sendable, Hashable {
    /// `YYYY-MM-DD`; empty while not replied.
    public var repliedOn: String?
    /// `ProposalEvaluation` raw value; empty while not evaluated.
    public var evaluation: String?
    /// "on" or "true" when the reply is to be published.
    public var replyPublic: String?
    public var replyText: String?
    public var revision: Int?

    public init() {}

    /// The longest reply text accepted, in characters.
    public static let maximumTextLength = 50_000

    struct Checked {
        let repliedOn: CivilDate?
        let evaluation: ProposalEvaluation?
        let isPublic: Bool
        let text: String?
    }

    func checked(assignedOn: CivilDate, today: CivilDate) throws -> Checked {
        var problems: [FieldProblem] = []
        let dateText = ProposalText.line(repliedOn)
        let replied = CivilDate(iso: dateText)
        if !dateText.isEmpty, replied == nil {
            problems.append(FieldProblem(field: "repliedOn", message: "答复日期应为日期，例如 2026-05-20"))
        }
        if let replied, today < replied { problems.append(FieldProblem(field: "repliedOn", message: "答复日期不能晚于今天")) }
        let evaluationText = ProposalText.line(evaluation)
        let evaluation = ProposalEvaluation(rawValue: evaluationText)
        if !evaluationText.isEmpty, evaluation == nil { problems.append(FieldProblem(field: "evaluation", message: "请选择满意、基本满意或不满意")) }
        let isPublic = ["on", "true", "1"].contains(ProposalText.line(replyPublic))
        let text = CatalogueText.sanitisedBody(replyText ?? "")
        if text.count > Self.maximumTextLength {
            problems.append(FieldProblem(field: "replyText", message: "答复全文不超过\(Self.maximumTextLength)字"))
        }
        do {
            _ = try ProposalRecord(
                kind: .deputySuggestion, role: .lead, assignedOn: assignedOn, dueOn: assignedOn, repliedOn: replied,
                evaluation: evaluation)
            if isPublic, replied == nil || text.isEmpty { throw ProposalError.publicReplyWithoutText }
        } catch let error as ProposalError {
            let field =
                switch error {
                case .evaluationWithoutReply: "evaluation"
                case .publicReplyWithoutText: "replyPublic"
                default: "repliedOn"
                }
            problems.append(FieldProblem(field: field, message: error.message))
        }
        guard problems.isEmpty else { throw FormError(problems) }
        return Checked(repliedOn: replied, evaluation: evaluation, isPublic: isPublic, text: text.isEmpty ? nil : text)
    }
}

/// One-line form text: trimmed, control characters removed.
enum ProposalText {
    static func line(_ text: String?) -> String {
        String(String.UnicodeScalarView((text ?? "").unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }))
            .trimmingCharacters(in: .whitespaces)
    }
}
