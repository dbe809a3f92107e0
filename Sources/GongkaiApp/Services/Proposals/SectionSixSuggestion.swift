import FluentKit
import Foundation
import GongkaiCore

/// The text offered for section 六 of an agency's annual report (`SectionSixDraft`), from its
/// records: the 信息处理费 paid in the year (request histories) and the year's suggestions and
/// proposals (the 建议提案 register).
public struct SectionSixSuggestion: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The draft for `year`.
    public func draft(agencyID: UUID, year: Int) async throws -> SectionSixDraft {
        let register = ProposalRegister(context)
        return SectionSixDraft(
            year: year, subject: "本机关", fees: try await feesCharged(agencyID: agencyID, year: year),
            proposals: try await register.rates(agencyID: agencyID, year: year),
            publishedReplies: try await register.publishedReplyCounts(agencyID: agencyID, year: year))
    }

    /// The 信息处理费 paid in `year` to `agencyID`: the fee events of its requests, in order.
    public func feesCharged(agencyID: UUID, year: Int) async throws -> ProcessingFeesCharged {
        let tags = [RequestEventTag.feeNoticeIssued.rawValue, RequestEventTag.feePaid.rawValue]
        let rows = try await RequestEventModel.query(on: context.db)
            .join(RequestModel.self, on: \RequestEventModel.$request.$id == \RequestModel.$id)
            .filter(RequestModel.self, \.$agency.$id == agencyID)
            .filter(\.$type ~~ tags)
            .filter(\.$occurredOn <= CivilDate.endOfYear(year).description)
            .sort(\.$request.$id).sort(\.$sequence)
            .all()
        var charged = ProcessingFeesCharged(year: year)
        for (_, events) in Dictionary(grouping: rows, by: { $0.$request.id }) {
            charged.add(events: try events.sorted { $0.sequence < $1.sequence }.map { try $0.toCore() })
        }
        return charged
    }
}
