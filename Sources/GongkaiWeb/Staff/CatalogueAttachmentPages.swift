import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// Files on catalogue items: the 经办人 adds and removes them while the item is a draft; staff
/// download them from the item page, and anyone from the portal once the item is public. Served
/// with the sniffed type and the name in RFC 5987 form (Chinese names survive every browser).
enum CatalogueAttachmentPages {
    static func register(_ staff: StaffRoutes, portal: PortalRoutes) {
        staff.post(.staffCatalogueAttachments(.key), roles: [.handler], body: .collect(maxSize: "21mb"), use: add)
        staff.get(.staffCatalogueAttachment(.key, .key), roles: .caseworkers, use: staffDownload)
        staff.post(.staffCatalogueAttachmentDelete(.key, .key), roles: [.handler], use: remove)
        portal.get(.catalogueAttachment(.key, .key, .key), use: publicDownload)
    }

    /// `view` with the item's files, and the upload form where `staff` may add one.
    static func withAttachments(_ view: CatalogueItemView, _ item: CatalogueItemModel, request: Request, staff: CurrentStaff?) async throws -> CatalogueItemView {
        var view = view
        let itemID = try item.requireID()
        let rows = try await CatalogueAttachments(request.services).list(itemID: itemID, agencyID: item.$agency.id)
        let editable = staff?.has(.handler) == true && item.statusValue == .drafted
        view.attachments = try rows.map { row in
            let fileID = try row.requireID()
            return CatalogueAttachmentLine(
                row,
                url: staff == nil
                    ? SiteURL.catalogueAttachment(.value(item.$agency.id), .value(itemID), .value(fileID)).path
                    : SiteURL.staffCatalogueAttachment(.value(itemID), .value(fileID)).path,
                deleteURL: editable ? SiteURL.staffCatalogueAttachmentDelete(.value(itemID), .value(fileID)).path : nil)
        }
        view.attachURL = editable ? SiteURL.staffCatalogueAttachments(.value(itemID)).path : nil
        return view
    }

    struct Upload: Content {
        var file: File?
    }

    static func add(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let itemID = try request.id("itemID")
        let upload = try request.content.decode(Upload.self)
        let officer = Officer(userID: staff.userID, actor: staff.actor)
        do {
            let file = upload.file
            _ = try await CatalogueAttachments(request.services).add(
                itemID: itemID, name: file?.filename ?? "", bytes: file.map { Data(buffer: $0.data) } ?? Data(), agencyID: staff.agencyID,
                officer: officer)
        } catch let error as FormError {
            return try await CataloguePages.render(request, itemID: itemID, problem: error, form: "attach")
        } catch let error as PublishingError {
            return try await CataloguePages.render(request, itemID: itemID, problem: error, form: "attach")
        } catch is CatalogueWorkflow.ItemNotFound {
            throw Abort(.notFound)
        }
        request.webSession.flash("附件已上传。")
        return request.redirect(to: SiteURL.staffCatalogueItem(.value(itemID)).path)
    }

    static func remove(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let itemID = try request.id("itemID")
        do {
            try await CatalogueAttachments(request.services).remove(
                try request.id("fileID"), itemID: itemID, agencyID: staff.agencyID, officer: Officer(userID: staff.userID, actor: staff.actor))
        } catch let error as PublishingError {
            return try await CataloguePages.render(request, itemID: itemID, problem: error, form: "attach")
        } catch is CatalogueWorkflow.ItemNotFound, is CatalogueAttachments.NotFound {
            throw Abort(.notFound)
        }
        request.webSession.flash("附件已删除。")
        return request.redirect(to: SiteURL.staffCatalogueItem(.value(itemID)).path)
    }

    static func staffDownload(_ request: Request) async throws -> Response {
        let staff = try request.staff
        return try await download(request, agencyID: staff.agencyID)
    }

    static func publicDownload(_ request: Request) async throws -> Response {
        let agencyID = try request.id("agencyID")
        guard try await CatalogueListing(request.services).publicItem(try request.id("itemID"), agencyID: agencyID, today: request.today) != nil
        else { throw Abort(.notFound) }
        return try await download(request, agencyID: agencyID)
    }

    static func download(_ request: Request, agencyID: UUID) async throws -> Response {
        let row: CatalogueAttachmentModel
        do {
            row = try await CatalogueAttachments(request.services).read(try request.id("fileID"), itemID: try request.id("itemID"), agencyID: agencyID)
        } catch is CatalogueAttachments.NotFound {
            throw Abort(.notFound)
        }
        let kind = CatalogueAttachmentKind(rawValue: row.kind) ?? .pdf
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: kind.contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: contentDisposition(row.fileName, kind: kind))
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return Response(status: .ok, headers: headers, body: .init(data: row.bytes))
    }

    /// `attachment; filename="附件.pdf"` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987).
    static func contentDisposition(_ name: String, kind: CatalogueAttachmentKind) -> String {
        let ascii = String(name.unicodeScalars.filter { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" && $0 != ";" }.map(Character.init))
        let fallback = ascii.replacingOccurrences(of: " ", with: "").count > kind.fileExtension.count + 1 ? ascii : "attachment.\(kind.fileExtension)"
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: "\u{0}"..."\u{7F}"))
        allowed.insert(charactersIn: "-._~")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? fallback
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
    }
}

/// One attached file as pages list it.
struct CatalogueAttachmentLine: Encodable {
    let name: String
    let kind: String
    let size: String
    let url: String
    let deleteURL: String?

    init(_ row: CatalogueAttachmentModel, url: String, deleteURL: String?) {
        name = row.fileName
        kind = CatalogueAttachmentKind(rawValue: row.kind)?.label ?? row.kind
        size = row.byteCount >= 1 << 20 ? String(format: "%.1f MB", Double(row.byteCount) / 1_048_576) : "\(max(1, row.byteCount / 1024)) KB"
        self.url = url
        self.deleteURL = deleteURL
    }
}
