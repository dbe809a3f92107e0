import ArgumentParser
import Foundation
import GongkaiApp
import GongkaiCore

/// `gongkai cases …`: requests in the casework database.
struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "办件：导入台账、查看在办申请及其答复期限",
        subcommands: [ImportCommand.self, ListCommand.self]
    )

    /// `gongkai cases import FILE --agency NAME`.
    struct ImportCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "导入依申请公开台账（CSV 或 XLSX）",
            discussion: """
                第一行非空行为表头，按表头识别各列：申请编号、收到日期、申请人类型、申请人姓名/名称、证件类型、证件号码、
                统一社会信用代码、联系人、联系电话、通信地址、电子邮箱、申请方式、申请内容、补正通知日期、补正期限、补正日期、
                延期日期、延期天数、延期批准人、办理结果、答复日期。表头不同时用 --map 指定，例如
                --map 受理时间=received_on,来源=channel；字段名见 --map 的说明。
                CSV 可为 UTF-8（可带 BOM）或 GBK；日期可写 2025-03-04、2025/3/4、2025年3月4日。

                办理过程各列（可选）：征求意见类型、征求意见对象、征求意见日期、送达日期、意见收到日期（同时征求多方
                意见时用“；”分隔，逐一对应）；延期告知日期；收费通知日期、收费方式（按件/按量）、收费件次、收费页数、
                收费金额、收费通知送达日期、缴费期限、缴费日期、计费件数（一事一申请拆分）；要求说明理由日期、
                理由收到日期、延迟答复告知日期、延迟答复期限（第三十五条）；视为放弃日期、撤回日期。办理结果为
                逾期未补正或逾期未缴费而未填日期的，按期限届满次日办结。不认识的列会逐一列出（列“……”未识别，已忽略）。

                每一行都先按《条例》检查（日期、申请人信息、补正与答复的先后等）。默认有任何一行有问题就一行都不导入，
                并列出每个问题行的行号和原因；加 --skip-bad 文件 则导入正确的行，把问题行（附原因）写入该文件。

                退出码：0 全部导入；1 有问题行（未导入，或用 --skip-bad 时跳过了这些行），或找不到机关、表头；
                2 文件或数据库无法打开（含数据库文件不存在、工作簿损坏或超出读取上限）。
                """
        )

        @Argument(help: ArgumentHelp("台账文件（.csv 或 .xlsx）", valueName: "文件"))
        var file: String

        @Option(name: .long, help: ArgumentHelp("导入到该机关（不存在时随导入新建）", valueName: "机关名称"))
        var agency: String

        @Option(
            name: .long,
            help: ArgumentHelp(
                "列映射：表头=字段，逗号分隔；字段为 " + LedgerField.allCases.map(\.rawValue).joined(separator: " "),
                valueName: "映射"))
        var map: String?

        @Option(name: .customLong("mapping-file"), help: ArgumentHelp("从文件读取列映射（每行一项 表头=字段）", valueName: "文件"))
        var mappingFile: String?

        @Option(name: .customLong("skip-bad"), help: ArgumentHelp("导入正确的行，问题行写入该 CSV 文件", valueName: "文件"))
        var skipBad: String?

        @OptionGroup var options: DatabaseOptions

        func run() async throws {
            var mappingText = map ?? ""
            if let mappingFile {
                guard let text = try? String(contentsOfFile: mappingFile, encoding: .utf8) else {
                    ExitStatus.fail("无法读取列映射文件 \(mappingFile)", code: 2)
                }
                mappingText += "\n" + text
            }
            let mapping: LedgerMapping
            do {
                mapping = try LedgerMapping.parse(mappingText)
            } catch {
                ExitStatus.fail(error.description, code: ExitStatus.code(for: error.category))
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                ExitStatus.fail("无法读取文件 \(file)", code: 2)
            }
            let name = URL(fileURLWithPath: file).lastPathComponent
            let table: LedgerTable
            do {
                table = try ImportService.readTable(data, name: name)
            } catch {
                let summary = ErrorSummary(error)
                ExitStatus.fail(summary.isUnexpected ? String(describing: error) : summary.message, code: 2)
            }
            let agencyName = agency
            let skip = skipBad != nil
            let outcome = try await options.with { context, _ in
                try await ImportService(context).importLedger(
                    table, fileName: name, agencyNamed: agencyName, mapping: mapping, skipBad: skip,
                    actor: "import:\(name)")
            }
            for note in outcome.notes { Terminal.standardError.write("提示：\(note)\n") }
            for problem in outcome.problems { Terminal.standardError.write("\(name) \(problem.description)\n") }
            if let skipBad, !outcome.problems.isEmpty {
                let csv = ImportService.problemsCSV(header: outcome.header, problems: outcome.problems)
                do {
                    try csv.write(toFile: skipBad, atomically: true, encoding: .utf8)
                } catch {
                    ExitStatus.fail("无法写入 \(skipBad)：\(error.localizedDescription)", code: 2)
                }
            }
            if outcome.problems.isEmpty {
                Terminal.standardOutput.write("已导入 \(outcome.imported) 件申请到“\(agency)”。\n")
            } else if skipBad != nil {
                Terminal.standardOutput.write(
                    "已导入 \(outcome.imported) 件申请到“\(agency)”；\(outcome.problems.count) 行有问题未导入，已写入 \(skipBad!)。\n")
                // Rows were skipped: exit 1 so that a script notices.
                throw ExitCode(1)
            } else {
                Terminal.standardOutput.write(
                    "\(outcome.problems.count) 行有问题，未导入任何申请。修正后重新导入，或用 --skip-bad 文件 只导入正确的行。\n")
                throw ExitCode(1)
            }
        }
    }

    /// `gongkai cases list`.
    struct ListCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "列出在办申请及其答复期限（按剩余工作日排序）",
            discussion: """
                答复期限按《条例》计算：收到申请后20个工作日（第三十三条第二款；2019年5月15日前收到的按2007年
                《条例》第二十四条为15个工作日），补正后重新计算（第三十条），征求意见期间不计算（第三十三条第三款：
                发出之日照常计算，自次日起至收到意见之日不计算；第三方、共同制作机关自收到征求意见书之日起15个
                工作日内答复），延期合计最长20个工作日（第三十三条第二款），第三十五条确定的延迟答复期限；
                工作日按国务院办公厅每年的节假日安排。

                退出码：0 成功；1 机关不存在；2 数据库无法打开（数据库文件不存在时不会新建）。
                """
        )

        @Option(name: .long, help: ArgumentHelp("只列该机关的申请", valueName: "机关名称"))
        var agency: String?

        @Flag(name: .long, help: "只列已超过答复期限的申请")
        var overdue = false

        @Flag(name: .customLong("due-soon"), help: "只列5个工作日内到期的申请")
        var dueSoon = false

        @Option(name: .customLong("as-of"), help: ArgumentHelp("按该日计算（默认今天）", valueName: "YYYY-MM-DD"))
        var asOf: String?

        @Flag(name: .long, help: "以 JSON 输出")
        var json = false

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            if overdue && dueSoon { throw ValidationError("--overdue 与 --due-soon 只能选一个") }
            if let asOf { _ = try civilDate(asOf, option: "--as-of") }
        }

        func run() async throws {
            let day = try asOf.map { try civilDate($0, option: "--as-of") } ?? CivilDate(Date())
            let filter: CaseListing.Filter = overdue ? .overdue : dueSoon ? .dueSoon : .all
            let agencyName = agency
            let entries = try await options.with { context, _ in
                var agency: AgencyModel?
                if let agencyName { agency = try await CaseService(context).requireAgency(named: agencyName) }
                return try await CaseListing(context).openCases(agency: agency, asOf: day, filter: filter)
            }
            if json {
                Terminal.standardOutput.write(JSONWriter.pretty(.array(entries.map(Self.json))) + "\n")
                return
            }
            if entries.isEmpty {
                Terminal.standardOutput.write("截至\(day.chineseText)没有符合条件的在办申请。\n")
                return
            }
            Terminal.standardOutput.write("截至\(day.chineseText)，在办申请 \(entries.count) 件：\n")
            for entry in entries {
                let deadline = entry.deadline
                let due = deadline.dueDate.map { (date: CivilDate) in date.description } ?? "（暂停）"
                let left = deadline.remainingWorkingDays.map { $0 < 0 ? "超期\(-$0)个工作日" : "剩\($0)个工作日" } ?? ""
                Terminal.standardOutput.write(
                    "\(entry.request.id)  \(entry.agencyName)  收到 \(entry.request.receivedOn)  "
                        + "\(entry.request.phase.label)  期限 \(due)  \(deadline.state.label) \(left)\n")
            }
        }

        static func json(_ entry: CaseListing.Entry) -> JSONValue {
            let deadline = entry.deadline
            return .object([
                JSONMember("caseNumber", .string(entry.request.id.rawValue)),
                JSONMember("agency", .string(entry.agencyName)),
                JSONMember("receivedOn", .string(entry.request.receivedOn.description)),
                JSONMember("applicantType", .string(entry.request.applicantType.rawValue)),
                JSONMember("phase", .string(entry.request.phase.rawValue)),
                JSONMember("deadlineState", .string(deadline.state.rawValue)),
                JSONMember("dueDate", .string(orNull: deadline.dueDate?.description)),
                JSONMember("remainingWorkingDays", deadline.remainingWorkingDays.map(JSONValue.int) ?? .null),
                JSONMember("explanations", .array(deadline.explanations.map(JSONValue.string))),
                JSONMember("warnings", .array(deadline.warnings.map(JSONValue.string))),
            ])
        }
    }
}
