import Fluent
import Foundation
import GongkaiAPI
import GongkaiApp
import GongkaiCore
import OpenAPIRuntime
import Vapor

/// The operations of the JSON API (`openapi.yaml`), each one checking the token's roles as the
/// web checks the same work, scoped to the token's agency (or region) in every query.
struct APIHandler: APIProtocol {
    func checkReport(_ input: Operations.CheckReport.Input) async throws -> Operations.CheckReport.Output {
        let (request, _) = try APIContext.current()
        let limit = ReportReader().maximumFileSize
        guard case .binary(let body) = input.body else { throw APIBadRequest(detail: "body") }
        let bytes: ArraySlice<UInt8>
        do {
            bytes = try await ArraySlice(collecting: body, upTo: limit)
        } catch {
            throw ReportTooLarge(limit: limit)
        }
        let name = input.query.name.map { ($0 as NSString).lastPathComponent }.flatMap { $0.isEmpty ? nil : $0 } ?? "report"
        let result = await Task.detached(priority: .userInitiated) { () -> (Report?, CheckResult) in
            do throws(ReadError) {
                let parsed = try ReportReader().read(Array(bytes), name: name, fileExtension: (name as NSString).pathExtension)
                return (parsed.report, CheckResult(file: name, parsed: parsed, findings: Auditor().audit(parsed)))
            } catch {
                return (nil, CheckResult(file: name, error: error))
            }
        }.value
        _ = request
        return .ok(.init(body: .json(try Self.checked(result.1, full: result.0))))
    }

    static func checked(_ result: CheckResult, full: Report?) throws -> Components.Schemas.CheckedReport {
        let report = try full.map { try OpenAPIObjectContainer(json: JSONWriter.compact($0.canonicalJSONValue())) }
        return Components.Schemas.CheckedReport(
            file: result.file, format: result.format?.rawValue, error: result.error?.reason.message, report: report,
            findings: result.findings.map {
                Components.Schemas.Finding(
                    code: $0.code.rawValue, severity: .init(rawValue: $0.severity.rawValue) ?? .info, location: $0.location,
                    message: $0.message)
            })
    }

    func listRequests(_ input: Operations.ListRequests.Input) async throws -> Operations.ListRequests.Output {
        let (request, caller) = try APIContext.current()
        try caller.require(.caseworkers)
        let limit = min(500, max(1, input.query.limit ?? 50))
        let offset = min(1_000_000, max(0, input.query.offset ?? 0))
        let query = RequestModel.query(on: request.db).filter(\.$agency.$id == caller.agencyID)
        let total = try await query.count()
        let rows = try await RequestModel.query(on: request.db).filter(\.$agency.$id == caller.agencyID)
            .sort(\.$receivedOn, .descending).sort(\.$caseNumber, .descending).range(offset..<(offset + limit)).all()
        return .ok(.init(body: .json(.init(total: total, items: try rows.map(Self.summary)))))
    }

    func createRequest(_ input: Operations.CreateRequest.Input) async throws -> Operations.CreateRequest.Output {
        let (request, caller) = try APIContext.current()
        try caller.require([.handler])
        guard case .json(let body) = input.body else { throw APIBadRequest(detail: "body") }
        var form = ApplicantForm()
        form.applicantKind = body.applicant.kind
        form.name = body.applicant.name
        form.idKind = body.applicant.idKind ?? form.idKind
        form.idNumber = body.applicant.idNumber ?? ""
        form.creditCode = body.applicant.creditCode ?? ""
        form.contactPerson = body.applicant.contactPerson ?? ""
        form.phone = body.applicant.phone ?? ""
        form.address = body.applicant.address ?? ""
        form.email = body.applicant.email ?? ""
        let id = try await ManualRequests(request.services).register(
            channel: body.channel, receivedOn: body.receivedOn, applicant: form, content: body.content,
            deliveryForm: body.deliveryForm, agencyID: caller.agencyID, actor: "API 令牌 \(caller.tokenID.uuidString.prefix(8))")
        guard let row = try await RequestModel.find(id, on: request.db) else { throw Abort(.notFound) }
        return .created(.init(body: .json(try Self.summary(row))))
    }

    static func summary(_ row: RequestModel) throws -> Components.Schemas.RequestSummary {
        Components.Schemas.RequestSummary(
            id: try row.requireID().uuidString, caseNumber: row.caseNumber, receivedOn: row.receivedOn, phase: row.phase,
            dueOn: row.dueOn)
    }

    func getRequestClock(_ input: Operations.GetRequestClock.Input) async throws -> Operations.GetRequestClock.Output {
        let (request, caller) = try APIContext.current()
        try caller.require(.caseworkers)
        guard let id = UUID(uuidString: input.path.requestID),
            let row = try await RequestModel.query(on: request.db).filter(\.$id == id).filter(\.$agency.$id == caller.agencyID).first()
        else { throw Abort(.notFound) }
        let core = try await CaseService(request.services).request(id)
        let deadline = request.statutoryClock.deadline(for: core, asOf: request.today)
        return .ok(
            .init(
                body: .json(
                    .init(
                        requestID: id.uuidString, caseNumber: row.caseNumber,
                        state: .init(rawValue: deadline.state.rawValue) ?? .closed, stateLabel: deadline.state.label,
                        dueOn: deadline.dueDate?.description, remainingWorkingDays: deadline.remainingWorkingDays,
                        explanations: deadline.explanations))))
    }

    func getBoard(_ input: Operations.GetBoard.Input) async throws -> Operations.GetBoard.Output {
        let (request, caller) = try APIContext.current()
        try caller.require([.supervisor])
        // The document's bounds, which the generated layer does not enforce (a year past 9999 has no dates).
        guard (2008...2100).contains(input.path.year) else { throw APIBadRequest(detail: "year") }
        let directory = RegionDirectory(request.services)
        var scope = try await directory.region(ofAgency: caller.agencyID)
        if let text = input.query.region {
            guard let id = UUID(uuidString: text), let region = try await directory.regions(within: scope).first(where: { $0.id == id })
            else { throw Abort(.notFound) }
            scope = region
        }
        let drawn = try await SupervisionBoardService(request.services).board(scope: scope, year: input.path.year, asOf: request.today)
        return .ok(.init(body: .json(try OpenAPIObjectContainer(json: JSONWriter.compact(drawn.board.jsonValue)))))
    }
}

/// A report file above the reader's cap.
struct ReportTooLarge: CategorizedError {
    let limit: Int
    var category: ErrorCategory { .tooLarge }
    var userMessage: String { "文件超过 \(limit >> 20) MB，年度报告通常不超过几 MB，请确认文件是否正确" }
}

extension OpenAPIObjectContainer {
    /// The object in the JSON text `json`.
    init(json: String) throws {
        self = try JSONDecoder().decode(OpenAPIObjectContainer.self, from: Data(json.utf8))
    }
}
