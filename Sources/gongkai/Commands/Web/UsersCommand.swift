import ArgumentParser
import Foundation
import GongkaiApp
import GongkaiCore
import GongkaiWeb

/// `gongkai users …`: staff accounts of the web platform.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "管理工作人员账号",
        subcommands: [AddCommand.self]
    )

    /// `gongkai users add USERNAME --agency NAME --role 管理员 [--name 姓名]`.
    struct AddCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "开设工作人员账号（密码从终端输入，或从标准输入读取一行）",
            discussion: """
                角色：经办人、审核人、负责人、管理员（可重复 --role 兼任多个）。首个管理员用本命令开设，
                其他账号可由管理员在网站“系统管理”中开设。密码至少\(UserService.minimumPasswordLength)位，
                以 Bcrypt 加密保存，系统中不存在默认密码。

                示例：
                  gongkai users add zhangsan --agency 江东市教育局 --role 管理员 --name 张三
                  echo '一个足够长的密码' | gongkai users add lisi --agency 江东市教育局 --role 经办人

                退出码：0 已开设；1 参数有误（用户名已存在、机关不存在、密码太短）；2 数据库无法打开。
                """
        )

        @ArgumentParser.Argument(help: ArgumentHelp("用户名（小写字母、数字、. _ -）", valueName: "用户名"))
        var username: String

        @Option(name: .long, help: ArgumentHelp("所属机关（须已存在）", valueName: "机关名称"))
        var agency: String

        @Option(name: .long, help: ArgumentHelp("角色：经办人、审核人、负责人、管理员", valueName: "角色"))
        var role: [String]

        @Option(name: .long, help: ArgumentHelp("姓名（默认同用户名）", valueName: "姓名"))
        var name: String?

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            for text in role where StaffRole(text: text) == nil {
                throw ValidationError("未知角色“\(text)”；可用：" + StaffRole.allCases.map(\.label).joined(separator: "、"))
            }
        }

        func run() async throws {
            let password = try PasswordPrompt.read(prompt: "密码：", confirm: "再次输入密码：")
            let roles = StaffRoles(role.compactMap { StaffRole(text: $0) })
            let (username, agencyName, displayName) = (self.username, agency, name ?? self.username)
            let hasher = try WebPasswordHasher.make()
            try await options.with { context, _ in
                let agency = try await CaseService(context).requireAgency(named: agencyName)
                try await UserService(context, hasher: hasher).create(
                    .init(username: username, displayName: displayName, password: password, roles: roles),
                    agencyID: try agency.requireID(), actor: "cli:users add")
            }
            Terminal.standardOutput.write("已开设账号 \(username)（\(agencyName)，\(roles.label)）。\n")
        }
    }
}

/// Reads a password from the terminal without echo, or one line from standard input.
enum PasswordPrompt {
    static func read(prompt: String, confirm: String) throws -> String {
        if isatty(STDIN_FILENO) == 1 {
            guard let first = getpass(prompt).map({ String(cString: $0) }) else { throw ExitCode(1) }
            guard let second = getpass(confirm).map({ String(cString: $0) }) else { throw ExitCode(1) }
            guard first == second else { ExitStatus.fail("两次输入的密码不一致", code: 1) }
            return first
        }
        guard let line = Swift.readLine(strippingNewline: true) else { ExitStatus.fail("没有从标准输入读到密码", code: 1) }
        return line
    }
}
