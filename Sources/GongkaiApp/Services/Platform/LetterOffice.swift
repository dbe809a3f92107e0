import FluentKit
import Foundation
import GongkaiCore

/// Issues official letters on requests: the facts from the agency's settings and the case, a
/// new 文号 from the agency's sequence, the composed letter stored as an immutable snapshot.
public struct LetterOffice: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Why a letter cannot be issued.
    public struct LetterSettingsMissing: CategorizedError {
        public var category: ErrorCategory { .invalidInput }
        public var userMessage: String {
            "本机关尚未设置文书文号前缀、复议机关和管辖法院，不能生成文书。请管理员在“系统管理 › 本机关信息”中填写后再办理。"
        }
    }

    /// The facts of a letter on `request` of `agencyID` dated `date`, with a new number.
    public func facts(for request: DisclosureRequest, row: RequestModel, agencyID: UUID, date: CivilDate, on db: any Database)
        async throws -> LetterFacts
    {
        try await facts(for: request, row: row, agencyID: agencyID, date: date, numbered: true, on: db)
    }

    func facts(
        for request: DisclosureRequest, row: RequestModel, agencyID: UUID, date: CivilDate, numbered: Bool, on db: any Database
    ) async throws -> LetterFacts {
        guard let agency = try await AgencyModel.find(agencyID, on: db),
            let profile = try await AgencyProfileModel.query(on: db).filter(\.$agency.$id == agencyID).first(),
            !profile.letterPrefix.isEmpty
        else { throw LetterSettingsMissing() }
        // A trial letter takes no number from the sequence (numbers are not to be skipped).
        let serial = numbered ? try await Sequences(context.on(db)).next(Sequences.letterNumbers(agencyID: agencyID, year: date.year)) : 1
        return LetterFacts(
            agency: AgencyLetterProfile(
                name: agency.name, contactPerson: nil, phone: profile.phone.isEmpty ? nil : profile.phone,
                appeal: AppealVenues(reconsiderationBody: profile.reconsiderationBody, court: profile.court)),
            request: RequestSummary(request, deliveryForm: row.deliveryForm.flatMap(DeliveryForm.init(rawValue:))),
            number: DocumentNumber(prefix: profile.letterPrefix, year: date.year, serial: serial), date: date)
    }

    /// The facts with a placeholder number, to check that a letter can be composed before it is
    /// issued (a draft's details are checked when the draft is made).
    public func trialFacts(for request: DisclosureRequest, row: RequestModel, agencyID: UUID, date: CivilDate) async throws
        -> LetterFacts
    {
        try await facts(for: request, row: row, agencyID: agencyID, date: date, numbered: false, on: context.db)
    }

    /// Stores `letter` on `requestID` (inside the caller's transaction); audited.
    @discardableResult
    public func store(
        _ letter: OfficialLetter, requestID: UUID, agencyID: UUID, visibleToApplicant: Bool, actor: String, on db: any Database
    ) async throws -> UUID {
        let now = context.clock.now()
        let model = LetterModel()
        model.id = UUID()
        model.$request.id = requestID
        model.kind = letter.kind.rawValue
        model.number = letter.number
        model.issuedOn = letter.date.description
        model.issuedBy = actor
        model.issuedAt = now
        model.letterJSON = letter.json
        model.visibleToApplicant = visibleToApplicant
        try await model.create(on: db)
        try await AuditLog.write(
            [
                AuditEntry(
                    actor: actor, entity: "letter", entityID: model.id!.uuidString, action: "issue",
                    diff: .object([
                        JSONMember("request", .string(requestID.uuidString)), JSONMember("kind", .string(letter.kind.rawValue)),
                        JSONMember("number", .string(letter.number)),
                    ]), agencyID: agencyID)
            ], at: now, on: db)
        return model.id!
    }

    /// The stored letter.
    public static func letter(of model: LetterModel) throws -> OfficialLetter {
        do {
            return try OfficialLetter(json: model.letterJSON)
        } catch {
            throw StoredDataError(table: LetterModel.schema, key: model.number, reason: "文书内容无法读取：\(error.description)")
        }
    }

    /// The PDF of `model`: made once with LibreOffice and kept.
    public func pdf(of model: LetterModel, renderer: LetterRenderer = LetterRenderer()) async throws -> Data {
        let id = try model.requireID()
        if let file = try await LetterFileModel.query(on: context.db).filter(\.$letter.$id == id)
            .filter(\.$format == LetterFormat.pdf.rawValue).first()
        {
            return file.bytes
        }
        let letter = try Self.letter(of: model)
        let bytes = try await Task.detached { try renderer.pdf(letter) }.value
        let data = Data(bytes)
        do {
            try await LetterFileModel(letterID: id, format: LetterFormat.pdf.rawValue, bytes: data).create(on: context.db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another request made it at the same moment: either copy is the same letter.
        }
        return data
    }
}
