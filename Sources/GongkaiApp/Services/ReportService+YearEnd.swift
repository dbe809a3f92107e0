import FluentKit
import Foundation
import GongkaiCore
import SQLKit

extension ReportService {
    /// The agency's requests open on 31 December of `year` whose correction or payment deadline
    /// had passed (`YearEndReview`): they belong in （六）1/（六）2 of the year once the lapse is
    /// recorded, and in 结转下年度 until then.
    ///
    /// Candidates are read by SQL (open at the year end and now waiting for the applicant, or
    /// lapsed after the year end), then checked by the core on their histories.
    public func pendingLapses(agencyID: UUID, year: Int) async throws -> [YearEndReview.PendingLapse] {
        typealias C = RequestModel.Column
        let end = CivilDate.endOfYear(year).description
        let waiting = [RequestPhase.awaitingCorrection.rawValue, RequestPhase.awaitingFee.rawValue]
        let lapsed = [RequestClosure.Way.correctionLapsed.rawValue, RequestClosure.Way.feeLapsed.rawValue]
        let rows = try await sql.raw(
            """
            SELECT \(ident: "id") AS id FROM \(ident: RequestModel.schema)
            WHERE \(ident: C.agencyID.description) = \(bind: agencyID) AND \(ident: C.receivedOn.description) <= \(bind: end)
              AND ((\(ident: C.closedOn.description) IS NULL AND \(ident: C.phase.description) IN (\(binds: waiting)))
                OR (\(ident: C.closedOn.description) > \(bind: end) AND \(ident: C.closureWay.description) IN (\(binds: lapsed))))
            ORDER BY \(ident: C.receivedOn.description), \(ident: C.caseNumber.description)
            """
        ).all()
        let cases = CaseService(context)
        var requests: [DisclosureRequest] = []
        for row in rows { requests.append(try await cases.request(try row.decode(column: "id", as: UUID.self))) }
        return YearEndReview.pendingLapses(in: requests, year: year)
    }
}
