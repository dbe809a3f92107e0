import Foundation
import Testing

/// The citizen's steps on the portal, as forms filled in on the real pages.
extension WebClient {
    /// The request form of `agencyID` filled in for `citizen` (a 自然人 with a 居民身份证), not yet sent.
    func requestForm(
        agencyID: UUID, citizen: Fixtures.Citizen, content: String = Fixtures.content, delivery: String = "electronic"
    ) async throws -> HTMLForm {
        let path = "/agencies/\(agencyID)/apply"
        var form = try await get(path).form(action: path)
        form.fill(citizen.formFields)
        form.fill("content", content)
        form.choose("deliveryForm", delivery)
        return form
    }

    /// Sends the status lookup form with `caseNumber` and `queryCode`; returns the answer (a
    /// redirect to the status page when they match).
    func lookUp(caseNumber: String, queryCode: String) async throws -> WebPage {
        var form = try await get("/status").form(action: "/status")
        form.fill(["caseNumber": caseNumber, "queryCode": queryCode])
        return try await submit(form)
    }
}
