import Crypto
import FluentKit
import Foundation
import GongkaiCore

/// Receives a supervising office's uploads: keeps each upload as received (bytes and SHA-256),
/// opens a .zip through the core's hardened `ReportArchive`, stores every report file in it
/// and queues a check job for each. The checks run later (`CheckWorker`).
public struct SupervisionUploads: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// What was stored.
    public struct Stored: Sendable {
        public let uploadID: UUID
        /// Report files queued for checking.
        public let queued: Int
        /// Files that could not be unpacked (stored with the reason, shown as unreadable).
        public let unreadable: Int
        /// Remarks for the office (archives inside the archive, which are not opened).
        public let notes: [String]
    }

    /// Stores `bytes` uploaded as `fileName` for report year `year` in region `scope`.
    /// - Throws: `FormError` (field "file") for an empty file or a .zip that cannot be opened.
    public func store(fileName raw: String, bytes: [UInt8], year: Int, scope: RegionModel, actor: String, agencyID: UUID?)
        async throws -> Stored
    {
        let fileName = (raw as NSString).lastPathComponent.isEmpty ? "上传文件" : (raw as NSString).lastPathComponent
        guard !bytes.isEmpty else { throw FormError([FieldProblem(field: "file", message: "请选择要上传的年度报告文件或 .zip 压缩包")]) }
        // Unpacking and hashing thousands of members is CPU work: off the server's event loops.
        let (received, remarks) = try await Task.detached(priority: .userInitiated) {
            try Self.unpack(fileName: fileName, bytes: bytes)
        }.value
        let now = context.clock.now()
        let regionID = try scope.requireID()
        let uploadID = UUID()
        return try await context.db.writeTransaction { db in
            typealias U = SupervisionUploadModel.Column
            try await BulkInsert.insert(
                into: SupervisionUploadModel.schema,
                columns: [.id, U.regionID, U.year, U.fileName, U.sha256, U.byteCount, U.fileCount, U.uploadedBy, U.uploadedAt],
                rows: [[uploadID, regionID, year, fileName, Self.sha256(bytes), bytes.count, received.count, actor, now]], on: db)
            try await BulkInsert.insert(
                into: SupervisionUploadModel.contentSchema, columns: [.id, U.bytes], rows: [[uploadID, Data(bytes)]], on: db)
            typealias F = SupervisionFileModel.Column
            var fileRows: [[any Encodable & Sendable]] = []
            var contentRows: [[any Encodable & Sendable]] = []
            var queued: [UUID] = []
            for file in received {
                let id = UUID()
                let content = file.bytes ?? []
                let failed = file.failure.map { CheckResult(file: file.name, error: $0) }
                fileRows.append([
                    id, uploadID, regionID, file.name, file.sha256, content.count, failed != nil,
                    failed?.storedJSON, 0, 0, failed != nil, failed != nil ? now : nil,
                ])
                contentRows.append([id, Data(content)])
                if failed == nil { queued.append(id) }
            }
            try await BulkInsert.insert(
                into: SupervisionFileModel.schema,
                columns: [.id, F.uploadID, F.regionID, F.name, F.sha256, F.byteCount, F.checked, F.result, F.errors, F.warnings, F.unreadable, F.checkedAt],
                rows: fileRows, on: db)
            try await BulkInsert.insert(
                into: SupervisionUploadModel.fileContentSchema, columns: [.id, U.bytes], rows: contentRows, on: db)
            try await BulkInsert.insert(
                into: CheckJobQueue.schema, columns: CheckJobQueue.insertColumns,
                rows: CheckJobQueue.rows(files: queued, regionID: regionID, at: now), on: db)
            try await AuditLog.write(
                [AuditEntry(actor: actor, entity: "supervisionUpload", entityID: uploadID.uuidString, action: "upload",
                    diff: .object([JSONMember("fileName", .string(fileName)), JSONMember("files", .int(received.count)),
                        JSONMember("year", .int(year))]), agencyID: agencyID)],
                at: now, on: db)
            return Stored(uploadID: uploadID, queued: queued.count, unreadable: received.count - queued.count, notes: remarks)
        }
    }

    /// One file to check: its name, bytes and hash, or why it could not be unpacked.
    typealias Received = (name: String, bytes: [UInt8]?, sha256: String, failure: ReadError?)

    /// The report files of an upload: the file itself, or a .zip's members through the core's
    /// hardened `ReportArchive`, with remarks for the office.
    static func unpack(fileName: String, bytes: [UInt8]) throws(FormError) -> (files: [Received], notes: [String]) {
        guard (fileName as NSString).pathExtension.lowercased() == "zip" else {
            return ([(fileName, bytes, sha256(bytes), nil)], [])
        }
        let archive: ReportArchive
        do {
            archive = try ReportArchive(bytes: bytes, name: fileName)
        } catch {
            throw FormError([FieldProblem(field: "file", message: error.description)])
        }
        guard !archive.members.isEmpty else {
            throw FormError([FieldProblem(field: "file", message: "\(fileName) 中没有可读取的报告文件（支持 .txt、.html、.docx、.pdf、.md、.json）")])
        }
        let limit = ReportReader().maximumFileSize
        var files: [Received] = []
        for member in archive.members {
            do {
                let content = try archive.contents(of: member, limit: limit)
                files.append((archive.displayName(of: member), content, sha256(content), nil))
            } catch {
                files.append((archive.displayName(of: member), nil, sha256([]), error))
            }
        }
        var notes: [String] = []
        if !archive.nestedArchives.isEmpty {
            notes.append("压缩包中的压缩包未打开，请解压后另行上传：" + archive.nestedArchives.prefix(5).joined(separator: "、"))
        }
        return (files, notes)
    }

    /// The SHA-256 of `bytes` in lower-case hex.
    public static func sha256(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
