import ArgumentParser
import GongkaiApp

/// `gongkai db …`: the casework database.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "管理办件数据库（SQLite 或 PostgreSQL）",
        subcommands: [MigrateCommand.self]
    )

    /// `gongkai db migrate`: create or update the tables.
    struct MigrateCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "创建或升级数据库表（可重复运行，已完成的步骤不会重做）",
            discussion: """
                默认使用当前目录下的 gongkai.sqlite；设置环境变量 DATABASE_URL=postgres://用户:密码@主机:端口/库名
                或 --database 即可改用 PostgreSQL，表结构与迁移步骤完全相同。

                退出码：0 成功；2 数据库无法打开。
                """
        )

        @OptionGroup var options: DatabaseOptions

        func run() async throws {
            let applied = try await options.with(migrated: false) { _, database in try await database.migrate() }
            let location = options.location
            if applied.isEmpty {
                Terminal.standardOutput.write("数据库已是最新（\(location)）\n")
            } else {
                Terminal.standardOutput.write("已在\(location)中完成 \(applied.count) 项迁移：\n")
                for name in applied { Terminal.standardOutput.write("  \(name)\n") }
            }
        }
    }
}
