import Crypto
import FluentKit
import Foundation
import GongkaiCore

/// Attachments of catalogue items: added and removed by the 经办人 while the item is a draft,
/// then part of the item (reviewed, signed and published with it). Scoped to the agency in every
/// query; each change is audited (file kind and size, never the name's meaning or the bytes).
public struct CatalogueAttachments: Sendable {
    public let context: ServiceContext
    /// The largest file accepted.
    public let maximumBytes: Int
    /// The most files an item may carry.
    public static let maximumFiles = 20

    public init(_ context: ServiceContext, maximumBytes: Int = CatalogueAttachmentKind.defaultMaximumBytes) {
        self.context = context
        self.maximumBytes = maximumBytes
    }

    /// The file does not exist (or is not visible here).
    public struct NotFound: CategorizedError {
        public var category: ErrorCategory { .notFound }
        public var userMessage: String { "找不到该附件" }
    }

    /// Adds `bytes` named `name` to the draft `itemID`; returns the attachment's id.
    public func add(itemID: UUID, name: String, bytes: Data, agencyID: UUID, officer: Officer) async throws -> UUID {
        guard !bytes.isEmpty else { throw FormError([FieldProblem(field: "file", message: "请选择要上传的文件")]) }
        guard bytes.count <= maximumBytes else {
            throw FormError([FieldProblem(field: "file", message: "附件超过\(maximumBytes >> 20)MB，请压缩或拆分后再上传")])
        }
        guard let kind = CatalogueAttachmentKind.sniff(Array(bytes)) else {
            throw FormError([FieldProblem(field: "file", message: "只能上传 PDF、Word（.docx）、Excel（.xlsx）、JPG 或 PNG 文件（按文件内容判断）")])
        }
        return try await context.db.writeTransaction { db in
            let item = try await CatalogueWorkflow(context.on(db)).load(itemID, agencyID: agencyID, revision: nil, on: db)
            guard item.statusValue == .drafted else { throw PublishingError.notAllowed(step: "添加附件", status: item.statusValue) }
            let count = try await CatalogueAttachmentModel.query(on: db).filter(\.$item.$id == itemID).count()
            guard count < Self.maximumFiles else {
                throw FormError([FieldProblem(field: "file", message: "每个条目最多\(Self.maximumFiles)个附件")])
            }
            let row = CatalogueAttachmentModel()
            row.id = UUID()
            row.$item.id = itemID
            row.$agency.id = agencyID
            row.fileName = kind.displayName(name)
            row.kind = kind.rawValue
            row.byteCount = bytes.count
            row.sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            row.bytes = bytes
            row.itemRevision = item.revision
            row.uploadedBy = officer.actor
            row.uploadedAt = context.clock.now()
            try await row.create(on: db)
            item.revision += 1
            try await item.save(on: db)
            try await CatalogueWorkflow(context.on(db)).record(
                item, "attached", officer, note: "\(kind.label) \(bytes.count) 字节", detail: .null, on: db)
            return try row.requireID()
        }
    }

    /// Removes an attachment of a draft.
    public func remove(_ id: UUID, itemID: UUID, agencyID: UUID, officer: Officer) async throws {
        try await context.db.writeTransaction { db in
            let item = try await CatalogueWorkflow(context.on(db)).load(itemID, agencyID: agencyID, revision: nil, on: db)
            guard item.statusValue == .drafted else { throw PublishingError.notAllowed(step: "删除附件", status: item.statusValue) }
            guard let row = try await CatalogueAttachmentModel.query(on: db).filter(\.$id == id).filter(\.$item.$id == itemID)
                .filter(\.$agency.$id == agencyID).first()
            else { throw NotFound() }
            try await row.delete(on: db)
            item.revision += 1
            try await item.save(on: db)
            try await CatalogueWorkflow(context.on(db)).record(item, "detached", officer, note: "", detail: .null, on: db)
        }
    }

    /// The attachments of an item of the agency (names and sizes, without the bytes), oldest first.
    public func list(itemID: UUID, agencyID: UUID) async throws -> [CatalogueAttachmentModel] {
        try await CatalogueAttachmentModel.query(on: context.db).filter(\.$item.$id == itemID).filter(\.$agency.$id == agencyID)
            .field(\.$id).field(\.$item.$id).field(\.$agency.$id).field(\.$fileName).field(\.$kind).field(\.$byteCount)
            .field(\.$sha256).field(\.$itemRevision).field(\.$uploadedBy).field(\.$uploadedAt)
            .sort(\.$uploadedAt).sort(\.$fileName).all()
    }

    /// One attachment with its bytes, of an item of the agency.
    public func read(_ id: UUID, itemID: UUID, agencyID: UUID) async throws -> CatalogueAttachmentModel {
        guard let row = try await CatalogueAttachmentModel.query(on: context.db).filter(\.$id == id).filter(\.$item.$id == itemID)
            .filter(\.$agency.$id == agencyID).first()
        else { throw NotFound() }
        return row
    }
}
