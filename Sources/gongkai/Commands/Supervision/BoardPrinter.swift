import GongkaiCore

/// The Chinese text of `gongkai collect`: the status of every agency, the ranking, the region's
/// sums, the comparisons, the reports that need a person, and the reminder list.
struct BoardPrinter {
    let style: TerminalStyle

    /// The counts, in one paragraph (also printed when the board goes to a file).
    func summary(_ board: RegionBoard) -> String {
        var text = style.bold(board.title) + "（截至\(board.asOf.chineseText)）\n"
        let overdue = board.agencies.filter(\.overdue).count
        text += "应报送 \(board.agencies.count) 个机关：已发布 \(board.count(.published)) · "
        text += style.green("已上传 \(board.count(.uploaded))") + " · "
        text += (board.count(.late) > 0 ? style.yellow("逾期 \(board.count(.late))") : "逾期 0") + " · "
        let missing = board.count(.missing)
        text += (missing > 0 ? style.red("未提交 \(missing)") : "未提交 0")
        text += overdue > 0 ? "（其中 \(overdue) 个已过法定时限）\n" : "\n"
        let withErrors = board.agencies.filter { $0.count(.error) > 0 }.count
        text += "有错误级问题的报告 \(withErrors) 份；"
        text += "需人工确认的报告 \(board.needingConfirmation.count) 份，未匹配 \(count(board, .unmatched)) 份，"
        text += "无法读取 \(count(board, .unreadable)) 份\n"
        return text
    }

    /// The whole board.
    func text(_ board: RegionBoard) -> String {
        var text = summary(board) + "\n"
        text += statusSection(board)
        text += rankingSection(board)
        text += aggregateSection(board)
        text += comparisonSection(board)
        text += rulesSection(board)
        text += filesSection(board)
        if !board.reminderText.isEmpty { text += style.bold("催报名单") + "\n" + board.reminderText + "\n\n" }
        text += style.dim("各报告的具体问题：--to xlsx -o 汇总.xlsx（问题清单工作表）或 --to json；单份报告：gongkai check 文件") + "\n"
        return text
    }

    private func count(_ board: RegionBoard, _ role: ReportPlacement.Role) -> Int {
        board.placements.filter { $0.role == role }.count
    }

    private func statusSection(_ board: RegionBoard) -> String {
        var lines = [style.bold("报送情况") + "（状态 · 机关 · 错误/警告 · 得分 · 名次）"]
        let ranks = Dictionary(board.ranking.map { ($0.agency, $0) }, uniquingKeysWith: { first, _ in first })
        for line in board.agencies {
            let mark: String
            switch line.status {
            case .published, .uploaded: mark = line.count(.error) > 0 ? style.red("✗") : style.green("✓")
            case .late: mark = style.yellow("!")
            case .missing: mark = style.red("✗")
            }
            var entry = "\(mark) \(pad(line.statusText, 22)) \(line.agency.name)"
            if line.status != .missing {
                entry += "  错误 \(line.count(.error)) · 警告 \(line.count(.warning))"
                if let publication = line.publication {
                    entry += style.dim(" · \(publication.sourceName) \(publication.date)")
                }
            }
            if let rank = ranks[line.agency.id] {
                entry += " · \(ScoringScheme.formatted(rank.score.total)) 分 · 第 \(rank.rank) 名"
            }
            lines.append("  " + entry)
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func rankingSection(_ board: RegionBoard) -> String {
        var lines = [style.bold("排名") + "（总分 = 按时公布 + 要素齐全 + 数据准确 + 格式规范 + 内容更新；同分并列）"]
        for line in board.ranking.prefix(20) {
            let name = board.roster.agency(line.agency)?.name ?? line.agency.rawValue
            let score = line.score
            let parts = [score.onTime, score.completeness, score.accuracy, score.conformity, score.originality]
                .map(ScoringScheme.formatted).joined(separator: " + ")
            lines.append(
                "  \(pad("\(line.rank)\(line.tied ? "=" : "")", 5)) \(pad(ScoringScheme.formatted(score.total), 6)) \(name)  "
                    + style.dim("（\(parts)）"))
        }
        if board.ranking.count > 20 { lines.append(style.dim("  ……共 \(board.ranking.count) 个机关，完整排名见 xlsx 或 json 输出")) }
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func aggregateSection(_ board: RegionBoard) -> String {
        let aggregate = board.aggregate
        var lines = [
            style.bold("区域汇总") + "（\(aggregate.members.count) 个机关的报告相加，\(aggregate.template.displayName)"
                + (aggregate.excluded.isEmpty ? "" : "；全区口径的政府报告 \(aggregate.excluded.count) 份不重复相加")
                + (aggregate.missing.isEmpty ? "" : "；未提交的 \(aggregate.missing.count) 个机关不在其中") + "）"
        ]
        let requests = aggregate.table(.requests)
        let review = aggregate.table(.review)
        let total = Templates.requestsTotalColumn
        let reviewTotal = Templates.reviewTotalColumn
        func figure(_ cell: AggregateCell?) -> String {
            guard let cell, let sum = cell.sum else { return "—" }
            return "\(sum) 件" + (cell.gaps > 0 ? style.yellow("（\(cell.gaps) 个机关空白）") : "")
        }
        lines.append(
            "  表三 新收申请 \(figure(requests[Templates.Row.newReceived, total])) · 上年结转 \(figure(requests[Templates.Row.carriedOver, total])) · 办理结果合计 \(figure(requests[Templates.Row.total, total])) · 结转下年度 \(figure(requests[Templates.Row.carriedForward, total]))"
        )
        lines.append(
            "  表四 行政复议 \(figure(review[Templates.Row.reconsideration, reviewTotal])) · 未经复议直接起诉 \(figure(review[Templates.Row.litigationDirect, reviewTotal])) · 复议后起诉 \(figure(review[Templates.Row.litigationAfterReconsideration, reviewTotal]))"
        )
        let gaps = aggregate.tables.reduce(0) { $0 + $1.incompleteCells }
        if gaps > 0 { lines.append("  " + style.yellow("有 \(gaps) 个汇总单元格因部分机关空白而不完整（空白不按 0 计），明细见 xlsx 的“汇总明细”工作表")) }
        if board.trend.count > 1 {
            let years = board.trend.map { "\($0.year)年 \($0.newRequests.sum.map { "\($0)" } ?? "—")" }.joined(
                separator: " · ")
            lines.append("  历年新收申请：\(years)")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func comparisonSection(_ board: RegionBoard) -> String {
        guard !board.comparisons.isEmpty else { return "" }
        var lines = [style.bold("上下级比对") + "（全区口径的政府报告与所属单位报告之和，表三、表四）"]
        for comparison in board.comparisons {
            let name = board.roster.agency(comparison.government)?.name ?? comparison.government.rawValue
            var head = "  \(name)：所属单位 \(comparison.subordinates.count) 份报告，逐格比对 \(comparison.compared) 格，"
            head +=
                comparison.findings.isEmpty ? style.green("没有差异") : style.yellow("差异 \(comparison.findings.count) 处")
            if comparison.incomplete > 0 { head += "；\(comparison.incomplete) 格因下级空白或未提交无法比对" }
            lines.append(head)
            for finding in comparison.findings.prefix(10) {
                lines.append("    \(style.yellow("警告")) \(style.bold(finding.code.rawValue)) \(finding.message)")
            }
            if comparison.findings.count > 10 { lines.append(style.dim("    ……共 \(comparison.findings.count) 处")) }
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func rulesSection(_ board: RegionBoard) -> String {
        var counts: [RuleCode: Int] = [:]
        for line in board.agencies { for finding in line.findings { counts[finding.code, default: 0] += 1 } }
        guard !counts.isEmpty else { return "" }
        let text = RuleCode.ordered(counts.keys).map { "\($0.rawValue)（\($0.title)）\(counts[$0]!)" }.joined(
            separator: " · ")
        return style.bold("问题统计") + "：" + text + "\n\n"
    }

    private func filesSection(_ board: RegionBoard) -> String {
        var lines: [String] = []
        for placement in board.placements where placement.role == .needsConfirmation {
            let read = placement.match?.name ?? ""
            let candidates = (placement.match?.candidates ?? []).map { candidate in
                "“\(board.roster.agency(candidate.agency)?.name ?? candidate.agency.rawValue)”（相似度 \(ScoringScheme.format(candidate.score))）"
            }.joined(separator: "或")
            lines.append(
                "  \(style.yellow("待确认")) \(placement.file)：报告中的机关为“\(read)”，可能是\(candidates)；"
                    + "如确认，请在名册该机关的“别名”列写上“\(read)”")
        }
        for placement in board.placements {
            switch placement.role {
            case .unmatched:
                let read = placement.match?.name.map { "“\($0)”" } ?? "（未识别出机关名称）"
                let near = (placement.match?.candidates ?? []).compactMap { board.roster.agency($0.agency)?.name }
                let hint = near.isEmpty ? "" : "（名称相近的有：\(near.joined(separator: "、"))）"
                lines.append(
                    "  \(style.red("未匹配")) \(placement.file)：报告中的机关为\(read)，名册中没有\(hint)；如属本地区，请加入名册或写入别名")
            case .unreadable:
                lines.append("  \(style.red("无法读取")) \(placement.file)")
            case .yearUnknown:
                lines.append("  \(style.yellow("年度不明")) \(placement.file)：未能读出报告所属年度")
            case .duplicate:
                lines.append("  \(style.dim("重复")) \(placement.file)：同一机关同一年度已有报告，未计入")
            case .outOfScope:
                lines.append("  \(style.dim("不在本地区")) \(placement.file)")
            default:
                continue
            }
        }
        guard !lines.isEmpty else { return "" }
        return style.bold("需要处理的文件") + "\n" + lines.joined(separator: "\n") + "\n\n"
    }

    /// `text` padded with spaces to `width` display columns (a Chinese character takes two).
    private func pad(_ text: String, _ width: Int) -> String {
        let used = text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
        return text + String(repeating: " ", count: max(0, width - used))
    }
}
