import Foundation
import GongkaiCore

/// The catalogue item form as posted (拟稿 and editing a draft), and its checks.
public struct CatalogueDraftInput: Codable, Sendable, Hashable {
    public var title: String?
    public var publisher: String?
    public var documentNumber: String?
    public var topic: String?
    public var genre: String?
    public var keywords: String?
    public var formedOn: String?
    public var body: String?
    /// The revision the form was made from (editing only).
    public var revision: Int?

    public init() {}

    /// The checked values.
    struct Checked {
        let title: String
        let publisher: String
        let documentNumber: String
        let topic: String
        let genre: String
        let keywords: String
        let formedOn: CivilDate
        let body: String
    }

    /// The values, or every problem at once; `topics` and `genres` are the agency's lists.
    func checked(topics: [String], genres: [String], today: CivilDate) throws(FormError) -> Checked {
        var problems: [FieldProblem] = []
        func text(_ value: String?, _ field: String, _ label: String, required: Bool = true, maximum: Int = 200) -> String {
            let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if required, trimmed.isEmpty { problems.append(FieldProblem(field: field, message: "请填写\(label)")) }
            if trimmed.count > maximum { problems.append(FieldProblem(field: field, message: "\(label)不超过\(maximum)字")) }
            if trimmed.contains(where: \.isNewline) { problems.append(FieldProblem(field: field, message: "\(label)不能换行")) }
            return trimmed
        }
        let title = text(self.title, "title", "名称")
        let publisher = text(self.publisher, "publisher", "发布机构", maximum: 100)
        let number = text(documentNumber, "documentNumber", "发文字号", required: false, maximum: 60)
        let keywords = text(self.keywords, "keywords", "关键词", required: false, maximum: 100)
        let topic = (self.topic ?? "").trimmingCharacters(in: .whitespaces)
        if !topics.contains(topic) { problems.append(FieldProblem(field: "topic", message: "请从列表中选择主题分类")) }
        let genre = (self.genre ?? "").trimmingCharacters(in: .whitespaces)
        if !genres.contains(genre) { problems.append(FieldProblem(field: "genre", message: "请从列表中选择体裁")) }
        let formedText = (formedOn ?? "").trimmingCharacters(in: .whitespaces)
        let formed = CivilDate(iso: formedText)
        if formedText.isEmpty {
            problems.append(FieldProblem(field: "formedOn", message: "请填写生成日期"))
        } else if formed == nil {
            problems.append(FieldProblem(field: "formedOn", message: "生成日期应为日期，例如 2026-03-01"))
        } else if let formed, formed > today {
            problems.append(FieldProblem(field: "formedOn", message: "生成日期不能晚于今天"))
        }
        if CatalogueVocabulary.normativeKind(ofGenre: genre) != nil, number.isEmpty {
            problems.append(FieldProblem(field: "documentNumber", message: "规章和规范性文件请填写发文字号"))
        }
        let body = CatalogueRichText.sanitised(self.body ?? "")
        if body.isEmpty { problems.append(FieldProblem(field: "body", message: "请填写正文")) }
        if body.count > CatalogueText.maximumBodyLength {
            problems.append(FieldProblem(field: "body", message: "正文不超过\(CatalogueText.maximumBodyLength)字，较长的文件请分条发布"))
        }
        guard problems.isEmpty, let formed else { throw FormError(problems) }
        return Checked(
            title: title, publisher: publisher, documentNumber: number, topic: topic, genre: genre, keywords: keywords,
            formedOn: formed, body: body)
    }
}

/// Who takes a publishing step: the account (the review's second-person rule compares these)
/// and how the history and the audit log name them.
public struct Officer: Sendable, Hashable {
    public let userID: UUID
    public let actor: String

    public init(userID: UUID, actor: String) {
        self.userID = userID
        self.actor = actor
    }
}
