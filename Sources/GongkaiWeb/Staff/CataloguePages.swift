import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The staff side of the 政府信息公开目录: the work list with the 第二十六条 due dates, drafting
/// and editing items (经办人), and an item's page with its history and the step each role may
/// take (`CatalogueActions`).
enum CataloguePages {
    static func register(_ staff: StaffRoutes) {
        staff.get(.staffCatalogue, roles: .caseworkers, use: list)
        staff.get(.staffCatalogueNew, roles: [.handler], use: newForm)
        staff.post(.staffCatalogue, roles: [.handler], use: create)
        staff.get(.staffCatalogueItem(.key), roles: .caseworkers, use: show)
        staff.post(.staffCatalogueItem(.key), roles: [.handler], use: edit)
        CatalogueActions.register(staff)
    }

    static func list(_ request: Request) async throws -> View {
        let staff = try request.staff
        let items = try await CatalogueListing(request.services).staffList(agencyID: staff.agencyID)
            .map { CatalogueItemView($0, today: request.today) }
        let open = items.filter { $0.dueOn != nil }.sorted { ($0.daysLeft ?? 0) < ($1.daysLeft ?? 0) }
        let view = CatalogueStaffListView(
            page: request.page(title: "政府信息公开目录", section: "catalogue"), open: open,
            others: items.filter { $0.dueOn == nil }, canDraft: staff.has(.handler), newURL: SiteURL.staffCatalogueNew.path)
        return try await request.view.render("staff/catalogue", view)
    }

    static func newForm(_ request: Request) async throws -> View {
        let staff = try request.staff
        var input = CatalogueDraftInput()
        input.publisher = staff.agencyName
        input.formedOn = request.today.description
        return try await renderForm(request, input: input, itemID: nil, problems: nil)
    }

    static func renderForm(_ request: Request, input: CatalogueDraftInput, itemID: UUID?, problems: FormError?) async throws -> View {
        let staff = try request.staff
        let settings = try await CatalogueSettings(request.services).current(agencyID: staff.agencyID)
        let view = CatalogueFormView(
            page: request.page(title: itemID == nil ? "拟稿：新目录条目" : "修改草稿", section: "catalogue"), input: input,
            errors: FieldErrors(problems),
            topics: settings.topics.map { Choice(value: $0, label: $0, selected: $0 == input.topic) },
            genres: settings.genres.map { Choice(value: $0, label: $0, selected: $0 == input.genre) },
            action: itemID.map { SiteURL.staffCatalogueItem(.value($0)).path } ?? SiteURL.staffCatalogue.path,
            isEdit: itemID != nil)
        return try await request.view.render("staff/catalogue-form", view)
    }

    static func create(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let input = try request.decodeForm(CatalogueDraftInput.self)
        do {
            let id = try await CatalogueWorkflow(request.services).draft(input, agencyID: staff.agencyID, officer: staff.officer)
            request.webSession.flash("已拟稿，等待审核人保密审查。")
            return request.redirect(to: SiteURL.staffCatalogueItem(.value(id)).path)
        } catch let error as FormError {
            return try await renderForm(request, input: input, itemID: nil, problems: error).encodeResponse(status: .unprocessableEntity, for: request)
        }
    }

    static func show(_ request: Request) async throws -> Response {
        try await render(request, itemID: try request.id("itemID"), problem: nil)
    }

    /// The item page; `problem` is a refused step, shown above the forms with its status.
    static func render(_ request: Request, itemID: UUID, problem: (any CategorizedError)?, form: String? = nil) async throws -> Response {
        let staff = try request.staff
        guard let item = try await CatalogueItemModel.query(on: request.db).filter(\.$id == itemID)
            .filter(\.$agency.$id == staff.agencyID).first()
        else { throw Abort(.notFound) }
        if request.method == .GET, item.statusValue == .drafted, staff.has(.handler), request.query[String.self, at: "edit"] != nil {
            var input = CatalogueDraftInput()
            input.title = item.title
            input.publisher = item.publisher
            input.documentNumber = item.documentNumber
            input.topic = item.topic
            input.genre = item.genre
            input.keywords = item.keywords
            input.formedOn = item.formedOn
            input.body = item.body
            input.revision = item.revision
            return try await renderForm(request, input: input, itemID: itemID, problems: nil).encodeResponse(for: request)
        }
        let history = try await CatalogueListing(request.services).history(itemID: itemID)
        let view = CatalogueStaffItemView(
            page: request.page(title: item.title, section: "catalogue"),
            item: try await CatalogueAttachmentPages.withAttachments(CatalogueItemView(item, today: request.today), item, request: request, staff: staff),
            history: history.map(CatalogueStaffItemView.Entry.init), staff: staff, status: item.statusValue,
            problem: problem?.userMessage, problemForm: form, fieldErrors: FieldErrors(problem as? FormError), today: request.today)
        let status = problem.map { ErrorStatus.status(for: $0.category) } ?? .ok
        return try await request.view.render("staff/catalogue-item", view).encodeResponse(status: status, for: request)
    }

    static func edit(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let itemID = try request.id("itemID")
        let input = try request.decodeForm(CatalogueDraftInput.self)
        do {
            try await CatalogueWorkflow(request.services).edit(itemID: itemID, input, agencyID: staff.agencyID, officer: staff.officer)
            request.webSession.flash("草稿已保存。")
            return request.redirect(to: SiteURL.staffCatalogueItem(.value(itemID)).path)
        } catch let error as FormError {
            // Another agency's id must not be told apart from a bad form: look the item up first.
            guard try await CatalogueItemModel.query(on: request.db).filter(\.$id == itemID).filter(\.$agency.$id == staff.agencyID).count() == 1
            else { throw Abort(.notFound) }
            return try await renderForm(request, input: input, itemID: itemID, problems: error).encodeResponse(status: .unprocessableEntity, for: request)
        }
    }
}

extension CurrentStaff {
    /// The staff member as the publishing workflow names them.
    var officer: Officer { Officer(userID: userID, actor: actor) }
}

extension CatalogueDraftInput: Content {}
