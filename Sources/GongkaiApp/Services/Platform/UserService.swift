import FluentKit
import Foundation
import GongkaiCore
import Logging

/// Staff accounts: creation (by the CLI or an agency's 管理员), sign-in with lockout, roles.
public struct UserService: Sendable {
    /// The caller's connection, logger and clock.
    public let context: ServiceContext
    /// The password hasher (Bcrypt in the web layer).
    public let hasher: any PasswordHashing

    /// Failed sign-ins in a row before the account is locked.
    public static let lockoutThreshold = 5
    /// How long a locked account stays locked.
    public static let lockoutDuration: TimeInterval = 15 * 60
    /// The shortest password accepted.
    public static let minimumPasswordLength = 10

    public init(_ context: ServiceContext, hasher: any PasswordHashing) {
        self.context = context
        self.hasher = hasher
    }

    /// What a new account needs.
    public struct NewUser: Sendable {
        public var username: String
        public var displayName: String
        public var password: String
        public var roles: StaffRoles

        public init(username: String, displayName: String, password: String, roles: StaffRoles) {
            self.username = username
            self.displayName = displayName
            self.password = password
            self.roles = roles
        }
    }

    /// Creates an account in `agencyID` after checking every field; audited as `actor`.
    @discardableResult
    public func create(_ user: NewUser, agencyID: UUID, actor: String, minimumPasswordLength: Int = Self.minimumPasswordLength)
        async throws -> StaffUserModel
    {
        let username = user.username.trimmingCharacters(in: .whitespaces).lowercased()
        var problems: [FieldProblem] = []
        if !Self.isValidUsername(username) {
            problems.append(FieldProblem(field: "username", message: "用户名应为3至32位小写字母、数字或 . _ -"))
        }
        let displayName = user.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        if displayName.isEmpty || displayName.count > 40 {
            problems.append(FieldProblem(field: "displayName", message: "请填写姓名（不超过40字）"))
        }
        if user.password.count < minimumPasswordLength {
            problems.append(FieldProblem(field: "password", message: "密码至少\(minimumPasswordLength)位"))
        }
        if user.roles.roles.isEmpty { problems.append(FieldProblem(field: "roles", message: "请至少选择一个角色")) }
        if problems.isEmpty,
            try await StaffUserModel.query(on: context.db).filter(\.$username == username).first() != nil
        {
            problems.append(FieldProblem(field: "username", message: "用户名“\(username)”已被使用"))
        }
        guard problems.isEmpty else { throw FormError(problems) }
        let model = StaffUserModel(
            id: UUID(), agencyID: agencyID, username: username, displayName: displayName,
            passwordHash: try hasher.hash(user.password), roles: user.roles)
        let now = context.clock.now()
        try await context.db.writeTransaction { db in
            try await model.create(on: db)
            try await AuditLog.write(
                [
                    AuditEntry(
                        actor: actor, entity: "user", entityID: model.id!.uuidString, action: "create",
                        diff: .object([
                            JSONMember("username", .string(username)), JSONMember("roles", .string(user.roles.storage)),
                        ]), agencyID: agencyID)
                ], at: now, on: db)
        }
        context.logger.info("user created", metadata: ["user": "\(username)"])
        return model
    }

    /// Why a sign-in failed, as told to the person signing in.
    public enum SignInFailure: Error, Sendable, CategorizedError {
        /// Wrong username or password (never says which).
        case invalidCredentials
        /// Locked after repeated failures, until the given instant.
        case locked(until: Date)

        public var category: ErrorCategory {
            switch self {
            case .invalidCredentials: .unauthenticated
            case .locked: .rateLimited
            }
        }

        public var userMessage: String {
            switch self {
            case .invalidCredentials: "用户名或密码不正确"
            case .locked(let until):
                "连续登录失败次数过多，账号已暂时锁定，请于\(Self.timeText(until))后再试，或联系管理员"
            }
        }

        static func timeText(_ date: Date) -> String {
            let formatter = DateFormatter()
            formatter.timeZone = CivilDate.chinaTimeZone
            formatter.dateFormat = "HH:mm"
            return formatter.string(from: date)
        }
    }

    /// The active account `username` when `password` matches; counts failures and locks the
    /// account after `lockoutThreshold` in a row (also for a correct password while locked).
    public func authenticate(username: String, password: String) async throws -> StaffUserModel {
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        let now = context.clock.now()
        guard let user = try await StaffUserModel.query(on: context.db).filter(\.$username == name).first(),
            user.active
        else {
            // Hash anyway so that timing does not tell whether the account exists.
            _ = try? hasher.verify(password, against: hasher.decoyHash)
            throw SignInFailure.invalidCredentials
        }
        if let until = user.lockedUntil, until > now { throw SignInFailure.locked(until: until) }
        if try hasher.verify(password, against: user.passwordHash) {
            user.failedSignIns = 0
            user.lockedUntil = nil
            user.lastSignInAt = now
            try await user.update(on: context.db)
            return user
        }
        user.failedSignIns += 1
        if user.failedSignIns >= Self.lockoutThreshold {
            user.lockedUntil = now.addingTimeInterval(Self.lockoutDuration)
            user.failedSignIns = 0
            try await user.update(on: context.db)
            context.logger.notice("account locked after failed sign-ins", metadata: ["user": "\(name)"])
            throw SignInFailure.locked(until: user.lockedUntil!)
        }
        try await user.update(on: context.db)
        throw SignInFailure.invalidCredentials
    }

    /// The users of `agencyID`, by username.
    public func users(agencyID: UUID) async throws -> [StaffUserModel] {
        try await StaffUserModel.query(on: context.db).filter(\.$agency.$id == agencyID).sort(\.$username).all()
    }

    /// The user `id` if it belongs to `agencyID` (another agency's id gives `nil`).
    public func user(_ id: UUID, agencyID: UUID) async throws -> StaffUserModel? {
        try await StaffUserModel.query(on: context.db).filter(\.$id == id).filter(\.$agency.$id == agencyID).first()
    }

    /// Changes the roles and the active flag of `user`; audited.
    public func update(_ user: StaffUserModel, roles: StaffRoles, active: Bool, actor: String) async throws {
        guard !roles.roles.isEmpty else { throw FormError([FieldProblem(field: "roles", message: "请至少选择一个角色")]) }
        let before = (user.rolesStorage, user.active)
        user.roles = roles
        user.active = active
        if active { user.lockedUntil = nil }
        let now = context.clock.now()
        try await context.db.writeTransaction { db in
            try await user.update(on: db)
            try await AuditLog.write(
                [
                    AuditEntry(
                        actor: actor, entity: "user", entityID: user.id!.uuidString, action: "update",
                        diff: .object([
                            JSONMember("roles", .object([JSONMember("from", .string(before.0)), JSONMember("to", .string(roles.storage))])),
                            JSONMember("active", .object([JSONMember("from", .bool(before.1)), JSONMember("to", .bool(active))])),
                        ]), agencyID: user.$agency.id)
                ], at: now, on: db)
        }
    }

    /// Sets a new password for `user`; audited (without the password).
    public func setPassword(_ password: String, for user: StaffUserModel, actor: String) async throws {
        guard password.count >= Self.minimumPasswordLength else {
            throw FormError([FieldProblem(field: "password", message: "密码至少\(Self.minimumPasswordLength)位")])
        }
        user.passwordHash = try hasher.hash(password)
        user.failedSignIns = 0
        user.lockedUntil = nil
        let now = context.clock.now()
        try await context.db.writeTransaction { db in
            try await user.update(on: db)
            try await AuditLog.write(
                [
                    AuditEntry(
                        actor: actor, entity: "user", entityID: user.id!.uuidString, action: "setPassword",
                        diff: .object([]), agencyID: user.$agency.id)
                ], at: now, on: db)
        }
    }

    static func isValidUsername(_ name: String) -> Bool {
        (3...32).contains(name.count)
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
    }
}
