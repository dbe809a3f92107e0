import Foundation

/// What a staff member may do. A user holds one or more roles in one agency.
///
/// Deny by default: every staff route names the roles it admits, and a user without one of them
/// is refused (`RoutePolicy` in the web layer).
public enum StaffRole: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// 经办人: handles requests (records events, drafts replies, enters appeals and registers).
    case handler
    /// 审核人: approves replies before they are issued.
    case reviewer
    /// 负责人: head of the disclosure office; approves extensions (第三十三条第二款).
    case head
    /// 管理员: users, the agency's portal page and settings, the audit log.
    case admin

    /// "经办人", "审核人", "负责人", "管理员".
    public var label: String {
        switch self {
        case .handler: "经办人"
        case .reviewer: "审核人"
        case .head: "负责人"
        case .admin: "管理员"
        }
    }

    /// The role named `text` in Chinese or by its raw value.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let role = StaffRole(rawValue: trimmed) {
            self = role
        } else if let role = StaffRole.allCases.first(where: { $0.label == trimmed }) {
            self = role
        } else {
            return nil
        }
    }

    public static func < (lhs: StaffRole, rhs: StaffRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A set of roles stored as one text column ("handler,reviewer").
public struct StaffRoles: Sendable, Hashable, Codable {
    /// The roles held.
    public var roles: Set<StaffRole>

    public init(_ roles: some Sequence<StaffRole>) { self.roles = Set(roles) }

    /// The roles in `text` (comma separated raw values); unknown names are dropped.
    public init(storage text: String) {
        roles = Set(text.split(separator: ",").compactMap { StaffRole(rawValue: String($0)) })
    }

    /// The column value.
    public var storage: String { roles.sorted().map(\.rawValue).joined(separator: ",") }

    /// Whether any of `allowed` is held.
    public func intersects(_ allowed: Set<StaffRole>) -> Bool { !roles.isDisjoint(with: allowed) }

    /// "经办人、审核人".
    public var label: String { roles.sorted().map(\.label).joined(separator: "、") }
}
