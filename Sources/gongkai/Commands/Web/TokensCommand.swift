import ArgumentParser
import Foundation
import GongkaiApp
import GongkaiCore

/// `gongkai tokens add --agency NAME --role 经办人 --name 用途`: an API token of an agency,
/// printed once (the web's 系统管理 › API 令牌 does the same for an agency's administrator).
struct TokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "管理 JSON 接口的 API 令牌",
        subcommands: [AddCommand.self]
    )

    struct AddCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "为机关生成 API 令牌（只输出这一次，数据库只保存摘要）",
            discussion: """
                角色：经办人、审核人、负责人、管理员、督办（可重复 --role）。令牌的权限与网页上同一角色相同。

                示例：
                  gongkai tokens add --agency 江东市教育局 --role 经办人 --name 台账系统对接

                退出码：0 已生成（令牌输出到标准输出）；1 参数有误；2 数据库无法打开。
                """
        )

        @Option(name: .long, help: ArgumentHelp("所属机关（须已存在）", valueName: "机关名称"))
        var agency: String

        @Option(name: .long, help: ArgumentHelp("角色", valueName: "角色"))
        var role: [String]

        @Option(name: .long, help: ArgumentHelp("用途", valueName: "用途"))
        var name: String = "命令行生成"

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            for text in role where StaffRole(text: text) == nil {
                throw ValidationError("未知角色“\(text)”；可用：" + StaffRole.allCases.map(\.label).joined(separator: "、"))
            }
        }

        func run() async throws {
            let roles = StaffRoles(role.compactMap { StaffRole(text: $0) })
            let (agencyName, name) = (agency, self.name)
            let token = try await options.with { context, _ in
                let agency = try await CaseService(context).requireAgency(named: agencyName)
                return try await APITokens(context).create(name: name, roles: roles, agencyID: try agency.requireID(), actor: "cli:tokens add").token
            }
            Terminal.standardOutput.write(token + "\n")
        }
    }
}
