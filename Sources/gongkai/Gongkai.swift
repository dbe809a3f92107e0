import ArgumentParser

/// The `gongkai` command: a thin shell over GongkaiCore.
@main
struct Gongkai: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "公开（Gongkai）：政府信息公开工作年度报告的读取、检查与生成工具",
        discussion: """
            读取 .txt（Word 导出文本）、.html、.docx、.pdf、.md 和标准 JSON 格式的年度报告，
            按《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2019〕60号、〔2021〕30号）
            检查表格、勾稽关系、章节和正文，并指出具体问题。

            示例：
              gongkai serve                      启动平台网站（默认 SQLite 与演示数据）
              gongkai check Examples/            检查目录中的所有报告
              gongkai check --json 报告.pdf      以 JSON 输出检查结果
              gongkai parse 报告.docx -o 报告.json 将报告转为标准 JSON
              gongkai collect 报告/ --agencies 名册.csv --year 2025  汇总检查一个地区的报告
            """,
        version: "0.1.0",
        subcommands: [
            ServeCommand.self, UsersCommand.self, TokensCommand.self, RegionsCommand.self, CheckCommand.self, CollectCommand.self, ParseCommand.self,
            RenderCommand.self, TemplateCommand.self,
            DbCommand.self, AgencyCommand.self, CasesCommand.self, ReportCommand.self, DemoCommand.self,
            BenchReportCommand.self, BenchSeedCommand.self, BenchCatalogueCommand.self,
        ]
    )
}
