import ArgumentParser
import Foundation
import GongkaiApp
import GongkaiCore
import GongkaiWeb
import Logging

/// `gongkai serve`: the web platform (public portal and staff console).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "启动政府信息公开平台网站（门户网站与工作人员办理系统）",
        discussion: """
            默认使用当前目录下的 gongkai.sqlite（不存在时创建），启动时自动建表或升级；数据库为空时自动生成
            演示数据（江东市各机关的办件，按今天的日期生成待办、即将到期和已逾期的申请），并打印演示账号。
            加 --no-demo 则不生成演示数据；正式使用时先用 gongkai users add 开设管理员账号。

            设置 DATABASE_URL=postgres://用户:密码@主机:端口/库名（或 --database）即使用 PostgreSQL；
            会话、限流计数等状态都在数据库中，多个 serve 进程连接同一数据库即为同一个网站。

            只监听 127.0.0.1；对外提供服务时请在前面配置 HTTPS 反向代理，并加 --secure-cookies。
            收到 SIGTERM 或 Ctrl-C 时处理完当前请求再退出。
            """
    )

    @Option(name: .long, help: ArgumentHelp("监听地址", valueName: "地址"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("端口", valueName: "端口"))
    var port = 8080

    @Flag(name: .customLong("no-demo"), help: "数据库为空时不生成演示数据")
    var noDemo = false

    @Flag(name: .customLong("secure-cookies"), help: "Cookie 加 Secure 标记（网站经 HTTPS 访问时必须使用）")
    var secureCookies = false

    @Flag(name: .customLong("trust-proxy"), help: "按反向代理的 X-Forwarded-For 识别客户端地址（仅在只能经代理访问时使用）")
    var trustProxy = false

    @OptionGroup var options: DatabaseOptions

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port 应为1至65535之间的端口号") }
    }

    func run() async throws {
        GongkaiLogging.bootstrap(fallback: .info)
        let location = options.location
        var settings = ServerSettings(
            host: host, port: port, database: location, secureCookies: secureCookies, trustForwardedFor: trustProxy)
        if let text = ProcessInfo.processInfo.environment["GONGKAI_RATE_LIMIT_SCALE"], let factor = Int(text), factor > 1 {
            settings.limits = settings.limits.scaled(by: factor)
        }
        try await ExitStatus.reporting {
            if case .sqlite(let path) = location {
                let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
                guard FileManager.default.fileExists(atPath: directory) else {
                    throw AppDatabaseError.cannotOpen(location.description, reason: "目录 \(directory) 不存在")
                }
            }
            let banner = { @Sendable (demo: [PlatformDemo.Account]) in printBanner(location: location, demo: demo) }
            try await GongkaiServer.run(settings: settings, demo: !noDemo, started: banner)
        }
    }

    private func printBanner(location: DatabaseLocation, demo: [PlatformDemo.Account]) {
        var lines = [
            "公开（Gongkai）政府信息公开平台已启动：http://\(host):\(port)/",
            "  数据库：\(location)",
            "  门户网站：http://\(host):\(port)/    工作人员登录：http://\(host):\(port)/staff/login",
        ]
        if !demo.isEmpty {
            lines.append("  演示账号（\(PlatformDemo.agencyName)，密码均为 \(PlatformDemo.password)）：")
            for account in demo { lines.append("    \(account.role.label)：\(account.username)（\(account.displayName)）") }
        }
        lines.append("按 Ctrl-C 停止。")
        Terminal.standardOutput.write(lines.joined(separator: "\n") + "\n")
    }
}
