import ArgumentParser
import Foundation
import GongkaiApp
import GongkaiCore

/// `gongkai regions set --agency NAME --region 江东省/江东市`: places a platform agency in a
/// region (made with the regions above it when missing). The first supervising office of a
/// region is set up this way; its 督办 then imports the roster on the web, which places the
/// roster's platform agencies in their regions.
struct RegionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: "设置平台机关所属地区（督办按本机关所属地区工作）",
        subcommands: [SetCommand.self]
    )

    struct SetCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "把机关放入地区（地区按“省/市/县”写出完整路径，不存在时新建）",
            discussion: """
                示例：
                  gongkai regions set --agency 江东市人民政府办公室 --region 江东省/江东市
                然后由管理员给政务公开办的工作人员授予“督办”角色，督办在网站“地区与名册”中导入名册。

                退出码：0 已设置；1 参数有误（机关不存在）；2 数据库无法打开。
                """
        )

        @Option(name: .long, help: ArgumentHelp("机关名称（须已存在）", valueName: "机关名称"))
        var agency: String

        @Option(name: .long, help: ArgumentHelp("地区路径，如 江东省/江东市/东湖区", valueName: "地区"))
        var region: String

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            let names = region.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !names.isEmpty, names.count <= 3, !names.contains(where: \.isEmpty) else {
                throw ValidationError("--region 应为“省/市/县”形式的地区路径，如 江东省/江东市")
            }
        }

        func run() async throws {
            let names = region.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            let agencyName = agency
            let path = try await options.with { context, _ in
                let agency = try await CaseService(context).requireAgency(named: agencyName)
                let region = try await RegionDirectory(context).ensure(path: names)
                agency.regionID = try region.requireID()
                try await agency.update(on: context.db)
                return region.path
            }
            Terminal.standardOutput.write("\(agencyName) 已属于 \(path.replacingOccurrences(of: "/", with: " › "))。\n")
        }
    }
}
