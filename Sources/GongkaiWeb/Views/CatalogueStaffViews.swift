import Foundation
import GongkaiApp
import GongkaiCore

/// The staff's catalogue list: open items by 第二十六条 due date, then the others.
struct CatalogueStaffListView: Encodable {
    let page: PageContext
    let open: [CatalogueItemView]
    let others: [CatalogueItemView]
    let canDraft: Bool
    let newURL: String
}

/// The draft form (new and edit).
struct CatalogueFormView: Encodable {
    let page: PageContext
    let input: CatalogueDraftInput
    let errors: FieldErrors
    let topics: [Choice]
    let genres: [Choice]
    let action: String
    let isEdit: Bool
}

/// An item's staff page: the item, its history, and the forms of the steps open to this user.
struct CatalogueStaffItemView: Encodable {
    struct Entry: Encodable {
        let at: String
        let action: String
        let actor: String
        let note: String?
        let details: [String]
        /// A 更正's replaced version.
        let previousTitle: String?
        let previousBody: [String]

        init(_ event: CatalogueEventModel) {
            let labels = [
                "drafted": "拟稿", "edited": "修改草稿", "reviewed": "保密审查：同意公开", "returned": "保密审查：退回修改",
                "withheld": "保密审查：不予公开", "signed": "签发", "corrected": "更正", "withdrawn": "撤回", "validity": "变更有效性",
                "attached": "添加附件", "detached": "删除附件",
            ]
            let formatter = DateFormatter()
            formatter.timeZone = CivilDate.chinaTimeZone
            formatter.dateFormat = "yyyy-MM-dd HH:mm"
            at = formatter.string(from: event.at)
            action = labels[event.action] ?? event.action
            actor = event.actor
            note = event.note.isEmpty ? nil : event.note
            let detail = try? JSONParser.parse(event.detail)
            func strings(_ key: String) -> [String] {
                guard case .array(let values)? = detail?[key] else { return [] }
                return values.compactMap { if case .string(let text) = $0 { text } else { nil } }
            }
            func string(_ key: String) -> String? {
                if case .string(let text)? = detail?[key] { text } else { nil }
            }
            var details: [String] = []
            if event.action == "reviewed" || event.action == "withheld" || event.action == "returned" {
                let checklist = strings("checklist")
                details.append("审查清单：" + (checklist.isEmpty ? "不涉及国家秘密、商业秘密、个人隐私、过程性信息" : "涉及" + checklist.joined(separator: "、")))
                let grounds = strings("grounds")
                if !grounds.isEmpty { details.append("不予公开依据：" + grounds.joined(separator: "；")) }
            }
            self.details = details
            previousTitle = event.action == "corrected" ? string("title") : nil
            previousBody = event.action == "corrected" ? CatalogueText.paragraphs(string("body") ?? "") : []
        }
    }

    let page: PageContext
    let item: CatalogueItemView
    let history: [Entry]
    let canEdit: Bool
    let canReview: Bool
    let canSign: Bool
    let canManage: Bool
    let problem: String?
    let problemForm: String?
    let errors: FieldErrors
    let grounds: [Choice]
    let validities: [Choice]
    let editURL: String
    let today: String

    init(
        page: PageContext, item: CatalogueItemView, history: [Entry], staff: CurrentStaff, status: CatalogueStatus, problem: String?,
        problemForm: String?, fieldErrors: FieldErrors, today: CivilDate
    ) {
        self.page = page
        self.item = item
        self.history = history
        canEdit = status == .drafted && staff.has(.handler)
        canReview = status == .drafted && staff.has(.reviewer)
        canSign = status == .reviewed && staff.has(.head)
        canManage = (status == .published || status == .withdrawn) && staff.has(.head)
        self.problem = problem
        self.problemForm = problemForm
        errors = fieldErrors
        grounds = SecrecyReview.Ground.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: false) }
        validities = CatalogueValidity.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: $0.label == item.validity) }
        editURL = item.staffURL + "?edit=1"
        self.today = today.description
    }
}
