import Fluent
import Foundation
import GongkaiAPI
import GongkaiApp
import GongkaiCore
import Vapor

/// A request's events over the API: its history with the events allowed now, and recording one
/// through the same form rules and the same service as the web case page (`CaseEventForm` →
/// `NoticeLetters.record`, which also issues the event's letter).
extension APIHandler {
    func listRequestEvents(_ input: Operations.ListRequestEvents.Input) async throws -> Operations.ListRequestEvents.Output {
        let (request, caller) = try APIContext.current()
        try caller.require(.caseworkers)
        let row = try await Self.ownRequest(input.path.requestID, of: caller, on: request)
        let core = try await CaseService(request.services).request(try row.requireID())
        return .ok(
            .init(
                body: .json(
                    .init(
                        request: try Self.summary(row), version: core.events.count, events: Self.lines(core.events),
                        allowed: Self.allowed(core, today: request.today)))))
    }

    func appendRequestEvent(_ input: Operations.AppendRequestEvent.Input) async throws -> Operations.AppendRequestEvent.Output {
        let (request, caller) = try APIContext.current()
        try caller.require([.handler, .head])
        guard case .json(let body) = input.body else { throw APIBadRequest(detail: "body") }
        let row = try await Self.ownRequest(input.path.requestID, of: caller, on: request)
        let id = try row.requireID()
        guard let tag = RequestEventTag(rawValue: body._type.rawValue) else { throw APIBadRequest(detail: "type") }
        // 第三十三条第二款: an extension is approved by the head of the disclosure office.
        if CaseEventForm.headOnly.contains(tag) { try caller.require([.head]) }
        let current = try await CaseService(request.services).request(id)
        // A caller acting on a history it has not seen is told so before anything else.
        if let version = body.version, version != current.events.count { throw StaleVersion(caseNumber: row.caseNumber) }
        let allowed = CaseActions.allowed(for: current, today: request.today)
        guard tag != .replied, allowed.contains(tag) else { throw EventNotAllowed(tag: tag, allowed: allowed.filter { $0 != .replied }) }
        let form = EventInput(body).form
        let token = try await APITokenModel.find(caller.tokenID, on: request.db)
        let approver = EventInput.text(body.approvedBy) ?? token?.name ?? "API 令牌"
        let actor = "API 令牌 \(caller.tokenID.uuidString.prefix(8))"
        let (_, event) = try form.event(today: request.today, approver: approver)
        let updated: DisclosureRequest
        do {
            updated = try await NoticeLetters(request.services).record(
                event, on: id, agencyID: caller.agencyID, extras: form.extras, actor: actor, expectedVersion: body.version)
        } catch CaseServiceError.concurrentChange(let key) {
            throw StaleVersion(caseNumber: key)
        }
        guard let fresh = try await RequestModel.find(id, on: request.db), let recorded = Self.lines(updated.events).last else {
            throw Abort(.notFound)
        }
        return .created(
            .init(
                body: .json(
                    .init(
                        request: try Self.summary(fresh), event: recorded, version: updated.events.count,
                        allowed: Self.allowed(updated, today: request.today)))))
    }

    /// The request `text` of the caller's agency; another agency's id is not found (scoped in the query).
    static func ownRequest(_ text: String, of caller: APICaller, on request: Request) async throws -> RequestModel {
        guard let id = UUID(uuidString: text),
            let row = try await RequestModel.query(on: request.db).filter(\.$id == id).filter(\.$agency.$id == caller.agencyID).first()
        else { throw Abort(.notFound) }
        return row
    }

    static func lines(_ events: [RequestEvent]) -> [Components.Schemas.EventLine] {
        events.enumerated().map { index, event in
            .init(sequence: index, _type: event.kind.tag.rawValue, label: event.kind.tag.label, date: event.date.description)
        }
    }

    /// The events the case page offers now (the reply goes through drafts on the web).
    static func allowed(_ request: DisclosureRequest, today: CivilDate) -> [Components.Schemas.AllowedEvent] {
        let tags = Set(CaseActions.allowed(for: request, today: today)).subtracting([.replied])
        return request.progress.allowedEvents().filter { tags.contains($0.tag) }.map {
            .init(
                _type: $0.tag.rawValue, label: $0.tag.label, earliestDate: $0.earliestDate.description,
                defaultDate: $0.defaultDate?.description, openConsultations: $0.openConsultations, maximumDays: $0.maximumDays)
        }
    }
}

/// The JSON body of a new event as the case page's form (`CaseEventForm`), so both are read by one set of rules.
struct EventInput {
    let form: CaseEventForm

    init(_ body: Components.Schemas.NewEvent) {
        var form = CaseEventForm()
        form.action = body._type.rawValue
        form.version = body.version
        form.date = body.date
        form.correctionDue = body.correctionDue
        form.party = body.party
        form.partyName = body.partyName
        form.partyReason = body.partyReason
        form.partyIsOrganization = body.partyIsOrganization == true ? "on" : nil
        form.days = body.days
        form.notifiedOn = body.notifiedOn
        form.feeBasis = body.feeBasis
        form.feeQuantity = body.feeQuantity
        form.paymentDue = body.paymentDue
        form.paymentMethod = body.paymentMethod
        form.replyBy = body.replyBy
        form.note = body.note
        self.form = form
    }

    /// `text` trimmed, or `nil` when empty.
    static func text(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

/// An event the state machine does not accept now (409 `event_not_allowed`).
struct EventNotAllowed: CategorizedError, APICodedError {
    let tag: RequestEventTag
    let allowed: [RequestEventTag]
    var category: ErrorCategory { .conflict }
    var apiCode: String { "event_not_allowed" }
    var userMessage: String {
        let now = allowed.isEmpty ? "该申请目前不能登记任何事项（已办结，或只能作出答复）" : "目前可以登记：" + allowed.map(\.label).joined(separator: "、")
        if tag == .replied { return "“作出答复”须在网页上起草、审核后签发，不能通过 API 登记；" + now }
        return "该申请当前不能登记“\(tag.label)”；" + now
    }
}

/// Someone recorded an event after the caller read the request (409 `stale_version`).
struct StaleVersion: CategorizedError, APICodedError {
    let caseNumber: String
    var category: ErrorCategory { .conflict }
    var apiCode: String { "stale_version" }
    var userMessage: String { "申请 \(caseNumber) 刚被其他人更新，本次登记未保存；请重新读取办理记录（GET …/events）后再提交" }
}
