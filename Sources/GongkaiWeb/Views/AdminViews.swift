import Foundation
import GongkaiApp
import GongkaiCore
import Vapor

extension AgencyProfiles.Input: Content {}

struct UsersView: Encodable {
    struct User: Encodable {
        let username: String
        let displayName: String
        let roles: [Choice]
        let active: Bool
        let locked: Bool
        let lastSignIn: String
        let updateURL: String
        let isSelf: Bool
    }

    let page: PageContext
    let users: [User]
    let input: AdminPages.NewUserInput
    let roleChoices: [Choice]
    let errors: FieldErrors
    let createURL: String
    let minimumPasswordLength: Int

    init(page: PageContext, users: [StaffUserModel], input: AdminPages.NewUserInput, errors: FieldErrors, currentUserID: UUID) {
        self.page = page
        self.users = users.map { user in
            User(
                username: user.username, displayName: user.displayName,
                roles: StaffRole.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: user.roles.roles.contains($0)) },
                active: user.active, locked: (user.lockedUntil ?? .distantPast) > Date(),
                lastSignIn: user.lastSignInAt.map(DisplayTime.text) ?? "从未登录",
                updateURL: SiteURL.staffUser(.value(user.id!)).path, isSelf: user.id == currentUserID)
        }
        self.input = input
        let chosen = Set(input.roles ?? [])
        roleChoices = StaffRole.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: chosen.contains($0.rawValue)) }
        self.errors = errors
        createURL = SiteURL.staffUsers.path
        minimumPasswordLength = UserService.minimumPasswordLength
    }
}

struct AgencyProfileView: Encodable {
    let page: PageContext
    let input: AgencyProfiles.Input
    let errors: FieldErrors
}

struct AuditView: Encodable {
    struct Entry: Encodable {
        let time: String
        let actor: String
        let entity: String
        let action: String
        let diff: String
    }

    let page: PageContext
    let entries: [Entry]
    let pageNumber: Int
    let previousURL: String?
    let nextURL: String?

    init(page: PageContext, entries: [AuditLogModel], pageNumber: Int, hasMore: Bool) {
        self.page = page
        self.entries = entries.map { entry in
            Entry(
                time: DisplayTime.text(entry.recordedAt), actor: entry.actor, entity: Self.entityLabel(entry.entity),
                action: entry.action, diff: entry.diff)
        }
        self.pageNumber = pageNumber
        previousURL = pageNumber > 1 ? SiteURL.staffAudit.path + "?page=\(pageNumber - 1)" : nil
        nextURL = hasMore ? SiteURL.staffAudit.path + "?page=\(pageNumber + 1)" : nil
    }

    static func entityLabel(_ entity: String) -> String {
        switch entity {
        case "request": "申请"
        case "submission": "网上申请"
        case "appeal": "复议诉讼"
        case "register": "主动公开登记"
        case "user": "用户"
        case "agency": "机关"
        case "agencyProfile": "机关信息"
        case "replyDraft": "答复稿"
        case "letter": "文书"
        default: entity
        }
    }
}
