import Foundation
import GongkaiApp
import GongkaiCore

@testable import GongkaiWeb

extension TestServer {
    /// The register form of a 人大代表建议 handed over `daysAgo` days before today.
    func proposalForm(number: String, title: String = "关于加强校园安全管理的建议", role: ProposalRole = .lead, daysAgo: Int = 10) -> ProposalInput {
        var input = ProposalInput()
        input.kind = ProposalKind.deputySuggestion.rawValue
        input.number = number
        input.title = title
        input.proposers = "测试代表"
        input.role = role.rawValue
        input.assignedOn = clock.appClock.today.adding(days: -daysAgo).description
        return input
    }

    /// Registers a suggestion in `agencyID` and publishes its reply; returns its id.
    func publishedProposal(agencyID: UUID, number: String) async throws -> UUID {
        let register = ProposalRegister(services)
        let id = try await register.create(proposalForm(number: number), agencyID: agencyID, actor: "测试经办（fixture）")
        var reply = ProposalReplyInput()
        reply.repliedOn = clock.appClock.today.adding(days: -1).description
        reply.evaluation = ProposalEvaluation.satisfied.rawValue
        reply.replyPublic = "on"
        reply.replyText = "您提出的建议收悉，现答复如下。\n一、我局已着手落实。"
        try await register.recordReply(id: id, reply, agencyID: agencyID, actor: "测试经办（fixture）")
        return id
    }
}
