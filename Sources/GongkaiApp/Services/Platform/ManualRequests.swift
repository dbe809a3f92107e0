import FluentKit
import Foundation
import GongkaiCore

/// Requests registered by an officer (letters, in person, fax, e-mail): numbered like portal
/// requests, dated by the evidence their channel needs (第三十一条).
public struct ManualRequests: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Checks every field and stores the request; returns its id.
    public func register(
        channel: String, receivedOn: String, applicant form: ApplicantForm, content: String, deliveryForm: String,
        agencyID: UUID, actor: String
    ) async throws -> UUID {
        var problems: [FieldProblem] = []
        let channel = RequestChannel(rawValue: channel)
        if channel == nil || channel == .online {
            problems.append(FieldProblem(field: "channel", message: "请选择申请方式（网上申请由申请人在门户网站提交）"))
        }
        let today = context.clock.today
        let date = CivilDate(iso: receivedOn.trimmingCharacters(in: .whitespaces))
        if date == nil { problems.append(FieldProblem(field: "receivedOn", message: "收到日期应为日期，例如 \(today.description)")) }
        if let date, date > today { problems.append(FieldProblem(field: "receivedOn", message: "收到日期不能晚于今天")) }
        var applicant: Applicant?
        do { applicant = try form.applicant() } catch { problems += error.problems }
        let text = content.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { problems.append(FieldProblem(field: "content", message: "请填写申请公开的政府信息的内容描述")) }
        let delivery = DeliveryForm(rawValue: deliveryForm)
        if delivery == nil { problems.append(FieldProblem(field: "deliveryForm", message: "请选择获取信息的方式")) }
        guard problems.isEmpty, let channel, let date, let applicant else { throw FormError(problems) }
        let number = try await PortalService(context).nextCaseNumber(agencyID: agencyID, year: date.year)
        let request: DisclosureRequest
        do {
            let evidence = ReceiptEvidence(channel.receiptEvidence, on: date)
            request = try DisclosureRequest(
                id: RecordID(number), agencyID: AgencyID(agencyID.uuidString), applicant: applicant, channel: channel,
                content: text, receipt: evidence)
        } catch {
            throw FormError([FieldProblem(field: "receivedOn", message: error.description)])
        }
        return try await context.db.writeTransaction { db in
            let id = try await CaseService(context.on(db)).insert([request], agencyID: agencyID, actor: actor, on: db)[0]
            if let row = try await RequestModel.find(id, on: db) {
                row.deliveryForm = delivery?.rawValue
                try await row.update(on: db)
            }
            return id
        }
    }
}
