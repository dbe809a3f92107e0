import Foundation
import GongkaiCore

extension PlatformDemo {
    /// Topics of the demo's suggestions and proposals (an education bureau's usual ones).
    static let proposalTopics = [
        "关于加快城区学校扩容建设的建议", "关于推进集团化办学的建议", "关于加强中小学心理健康教育的建议", "关于规范校外培训机构管理的建议",
        "关于改善农村学校寄宿条件的建议", "关于提高乡村教师待遇的建议", "关于加强校园周边交通安全的建议", "关于推进课后服务提质增效的建议",
        "关于加强学生近视防控的建议", "关于扩大普惠性学前教育资源的建议", "关于加强职业教育产教融合的建议", "关于完善特殊教育保障的建议",
        "关于优化义务教育招生政策的建议", "关于加强中小学食堂管理的建议", "关于推进智慧校园建设的建议",
    ]
    static let proposerNames = ["陈立新", "刘晓梅", "张海峰", "王春华", "李文斌", "赵丽娟", "孙国强", "周建平", "吴秀英", "郑志远"]

    /// Last year's register — 12 人大代表建议 and 15 政协委员提案, all answered (as last year's
    /// section 六 says) — and this year's, with open, due-soon and overdue records and published replies.
    func proposals(agencyID: UUID, actor: String, today: CivilDate) async throws {
        let register = ProposalRegister(context)
        let lastYear = today.year - 1
        let evaluations: [ProposalEvaluation] = [.satisfied, .satisfied, .basicallySatisfied, .satisfied, .satisfied]
        var serial = 0
        func input(_ kind: ProposalKind, number: Int, role: ProposalRole, assignedOn: CivilDate) -> ProposalInput {
            serial += 1
            var input = ProposalInput()
            input.kind = kind.rawValue
            input.number = kind == .deputySuggestion ? "第\(number)号" : "第\(100 + number)号"
            let topic = Self.proposalTopics[serial % Self.proposalTopics.count]
            input.title = kind == .deputySuggestion ? topic : topic.replacingOccurrences(of: "的建议", with: "的提案")
            let first = Self.proposerNames[serial % Self.proposerNames.count]
            input.proposers = serial % 4 == 0 ? "\(first)、\(Self.proposerNames[(serial + 3) % Self.proposerNames.count])" : first
            input.role = role.rawValue
            input.assignedOn = assignedOn.description
            return input
        }
        for (kind, count) in [(ProposalKind.deputySuggestion, 12), (.memberProposal, 15)] {
            for index in 1...count {
                let role: ProposalRole = index % 5 == 0 ? .assisting : .lead
                let assigned = CivilDate(year: lastYear, month: kind == .deputySuggestion ? 3 : 4, day: 10 + index)!
                let id = try await register.create(input(kind, number: index, role: role, assignedOn: assigned), agencyID: agencyID, actor: actor)
                var reply = ProposalReplyInput()
                reply.repliedOn = assigned.adding(days: role == .lead ? 60 + index : 20).description
                if role == .lead {
                    reply.evaluation = evaluations[index % evaluations.count].rawValue
                    if index % 2 == 1 {
                        reply.replyPublic = "on"
                        reply.replyText = Self.replyText(kind: kind, index: index)
                    }
                }
                try await register.recordReply(id: id, reply, agencyID: agencyID, actor: actor)
            }
        }
        // This year (never before 1 January): two open, one answered and published, one 会办 overdue,
        // one 会办 due soon.
        let thisYear: [(ProposalKind, Int, ProposalRole, Int)] = [
            (.deputySuggestion, 1, .lead, 60), (.deputySuggestion, 2, .lead, 30), (.memberProposal, 1, .lead, 50),
            (.memberProposal, 2, .assisting, 45), (.memberProposal, 3, .assisting, 20),
        ]
        for (kind, number, role, daysAgo) in thisYear {
            let assigned = max(today.adding(days: -daysAgo), CivilDate.startOfYear(today.year))
            let id = try await register.create(input(kind, number: number, role: role, assignedOn: assigned), agencyID: agencyID, actor: actor)
            if kind == .memberProposal, number == 1 {
                var reply = ProposalReplyInput()
                reply.repliedOn = max(today.adding(days: -3), assigned).description
                reply.replyPublic = "on"
                reply.replyText = Self.replyText(kind: kind, index: number)
                try await register.recordReply(id: id, reply, agencyID: agencyID, actor: actor)
            }
        }
    }

    static func replyText(kind: ProposalKind, index: Int) -> String {
        let title = kind.proposerTitle
        return """
            尊敬的\(title)：

            您提出的\(kind == .deputySuggestion ? "建议" : "提案")收悉。我局高度重视，经认真研究，现答复如下。

            一、关于现状。近年来，我局围绕群众关切，统筹推进相关工作，取得了阶段性成效。

            二、关于下一步工作。我局将认真吸纳您的意见，细化工作措施，明确责任分工，力争在本年度内取得实质进展。

            感谢您对教育工作的关心和支持，欢迎继续提出宝贵意见。

            江东市教育局
            """
    }
}
