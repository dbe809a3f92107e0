import FluentKit
import Foundation

/// Stores and reads attachments (description and bytes in two tables, one transaction).
public enum AttachmentStore {
    /// Stores `file` on the caller's connection (inside its transaction).
    @discardableResult
    static func store(
        _ file: UploadPolicy.CheckedFile, purpose: String, agencyID: UUID, submissionID: UUID?, requestID: UUID?,
        uploadedBy: String, at date: Date, on db: any Database
    ) async throws -> UUID {
        let id = UUID()
        let model = AttachmentModel()
        model.id = id
        model.$agency.id = agencyID
        model.$submission.id = submissionID
        model.$request.id = requestID
        model.purpose = purpose
        model.fileName = file.fileName
        model.contentType = file.kind.contentType
        model.byteCount = file.bytes.count
        model.sha256 = file.sha256
        model.uploadedAt = date
        model.uploadedBy = uploadedBy
        try await model.create(on: db)
        try await AttachmentContentModel(id: id, bytes: file.bytes).create(on: db)
        return id
    }

    /// The attachments of a request or of the submission that became it, oldest first.
    public static func list(requestID: UUID?, submissionID: UUID?, on db: any Database) async throws -> [AttachmentModel] {
        var found: [AttachmentModel] = []
        if let requestID { found += try await AttachmentModel.query(on: db).filter(\.$request.$id == requestID).all() }
        if let submissionID {
            found += try await AttachmentModel.query(on: db).filter(\.$submission.$id == submissionID).all()
        }
        var seen = Set<UUID>()
        return found.filter { seen.insert($0.id!).inserted }.sorted { $0.uploadedAt < $1.uploadedAt }
    }

    /// The attachment `id` of agency `agencyID` with its bytes; `nil` when it is not that agency's.
    public static func read(_ id: UUID, agencyID: UUID, on db: any Database) async throws -> (AttachmentModel, Data)? {
        guard let model = try await AttachmentModel.query(on: db).filter(\.$id == id).filter(\.$agency.$id == agencyID).first(),
            let content = try await AttachmentContentModel.find(id, on: db)
        else { return nil }
        return (model, content.bytes)
    }
}
