import Foundation
import GongkaiApp
import GongkaiCore

/// One row of the register as the pages show it.
struct ProposalLine: Encodable {
    let url: String
    let kind: String
    let number: String
    let title: String
    let proposers: String
    let role: String
    let assignedOn: String
    let dueOn: String
    let repliedOn: String?
    let evaluation: String?
    let isPublic: Bool
    let overdue: Bool
    let dueSoon: Bool
    let late: Bool
    /// "未答复", "已答复", "逾期未答复"…
    let state: String

    init(_ row: ProposalModel, today: CivilDate) throws {
        let record = try row.toCore()
        url = SiteURL.staffProposal(.value(try row.requireID())).path
        kind = record.kind.label
        number = row.number
        title = row.title
        proposers = row.proposers
        role = record.role.label
        assignedOn = row.assignedOn
        dueOn = row.dueOn
        repliedOn = row.repliedOn
        evaluation = record.evaluation?.label
        isPublic = row.replyPublic
        overdue = record.isOverdue(on: today)
        dueSoon = record.isDueSoon(on: today)
        late = record.wasRepliedLate
        state =
            if overdue { "逾期未答复" } else if record.repliedOn == nil { "办理中" } else if late { "已答复（超期）" } else { "已按期答复" }
    }
}

/// 办复率 and 满意率 of one kind, as shown.
struct ProposalRatesLine: Encodable {
    let kind: String
    let received: Int
    let lead: Int
    let assisting: Int
    let replied: Int
    let repliedOnTime: Int
    let replyRate: String
    let evaluated: Int
    let satisfied: Int
    let basicallySatisfied: Int
    let dissatisfied: Int
    let satisfactionRate: String
    let overdue: Int

    init(_ rates: ProposalRates) {
        kind = rates.kind.label
        received = rates.received
        lead = rates.lead
        assisting = rates.assisting
        replied = rates.replied
        repliedOnTime = rates.repliedOnTime
        replyRate = rates.replyRate?.percent ?? "—"
        evaluated = rates.evaluated
        satisfied = rates.satisfied
        basicallySatisfied = rates.basicallySatisfied
        dissatisfied = rates.dissatisfied
        satisfactionRate = rates.satisfactionRate?.percent ?? "—"
        overdue = rates.overdue
    }
}

/// The register page.
struct ProposalListView: Encodable {
    struct SettingField: Encodable {
        let name: String
        let label: String
        let value: String
        let error: String?
    }

    let page: PageContext
    let year: Int
    let years: [Choice]
    let lines: [ProposalLine]
    let rates: [ProposalRatesLine]
    let overdue: Int
    let canAdd: Bool
    let newURL: String
    let isAdmin: Bool
    let settings: [SettingField]
    let settingsURL: String
    let portalURL: String
    let errors: FieldErrors

    init(
        page: PageContext, year: Int, rows: [ProposalModel], today: CivilDate, rule: ProposalDeadlineRule,
        settingsForm: [String: String]?, errors: FieldErrors, staff: CurrentStaff
    ) throws {
        self.page = page
        self.year = year
        years = (max(2019, today.year - 5)...today.year).reversed().map { Choice(value: "\($0)", label: "\($0)年", selected: $0 == year) }
        lines = try rows.map { try ProposalLine($0, today: today) }
        let records = try rows.map { try $0.toCore() }
        rates = ProposalKind.allCases.map { ProposalRatesLine(ProposalRates(kind: $0, records: records, today: today)) }
        overdue = lines.count { $0.overdue }
        canAdd = staff.has(.handler)
        newURL = SiteURL.staffProposalNew.path
        isAdmin = staff.has(.admin)
        var settings: [SettingField] = []
        for kind in ProposalKind.allCases {
            for role in ProposalRole.allCases {
                let name = ProposalDeadlines.field(kind, role)
                settings.append(
                    SettingField(
                        name: name, label: "\(kind.label)（\(role.label)）办理期限（月）",
                        value: settingsForm?[name] ?? "\(rule.months(kind, role))", error: errors.messages[name]))
            }
        }
        self.settings = settings
        settingsURL = SiteURL.staffProposalSettings.path
        portalURL = SiteURL.proposalReplies(.value(staff.agencyID)).path
        self.errors = errors
    }
}

/// The choices of the register form.
struct ProposalChoices: Encodable {
    let kinds: [Choice]
    let roles: [Choice]

    init(kind: String?, role: String?) {
        kinds = ProposalKind.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: $0.rawValue == kind) }
        roles = ProposalRole.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: $0.rawValue == role) }
    }
}

/// The form registering a new suggestion or proposal.
struct ProposalFormView: Encodable {
    let page: PageContext
    let action: String
    let input: ProposalInput
    let choices: ProposalChoices
    let errors: FieldErrors

    init(page: PageContext, action: String, input: ProposalInput, errors: FieldErrors) {
        self.page = page
        self.action = action
        self.input = input
        choices = ProposalChoices(kind: input.kind, role: input.role)
        self.errors = errors
    }
}

/// One record: its details, the edit form and the reply form.
struct ProposalRecordView: Encodable {
    let page: PageContext
    let line: ProposalLine
    /// The registered fields as the edit form shows them.
    let input: ProposalInput
    let choices: ProposalChoices
    let editURL: String
    let reply: ProposalReplyInput
    let evaluations: [Choice]
    let replyPublic: Bool
    let replyParagraphs: [String]
    let replyURL: String
    let publicURL: String?
    let listURL: String
    let canEdit: Bool
    let errors: FieldErrors

    init(
        page: PageContext, row: ProposalModel, today: CivilDate, edit: ProposalInput?, reply: ProposalReplyInput?,
        errors: FieldErrors, canEdit: Bool, agencyID: UUID
    ) throws {
        self.page = page
        let id = try row.requireID()
        line = try ProposalLine(row, today: today)
        var stored = ProposalInput()
        stored.kind = row.kind
        stored.number = row.number
        stored.title = row.title
        stored.proposers = row.proposers
        stored.role = row.role
        stored.assignedOn = row.assignedOn
        stored.revision = row.revision
        input = edit ?? stored
        choices = ProposalChoices(kind: input.kind, role: input.role)
        editURL = SiteURL.staffProposal(.value(id)).path
        var storedReply = ProposalReplyInput()
        storedReply.repliedOn = row.repliedOn
        storedReply.evaluation = row.evaluation
        storedReply.replyPublic = row.replyPublic ? "on" : nil
        storedReply.replyText = row.replyText
        storedReply.revision = row.revision
        var shownReply = reply ?? storedReply
        shownReply.revision = row.revision
        self.reply = shownReply
        evaluations = ProposalEvaluation.allCases.map {
            Choice(value: $0.rawValue, label: $0.label, selected: $0.rawValue == shownReply.evaluation)
        }
        replyPublic = shownReply.replyPublic != nil
        replyParagraphs = CatalogueText.paragraphs(row.replyText ?? "")
        replyURL = SiteURL.staffProposalReply(.value(id)).path
        publicURL = row.replyPublic && row.repliedOn != nil ? SiteURL.proposalReply(.value(agencyID), .value(id)).path : nil
        listURL = SiteURL.staffProposals.path + "?year=\(row.year)"
        self.canEdit = canEdit
        self.errors = errors
    }
}
