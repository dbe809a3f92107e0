import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The steps on a catalogue item's page: 保密审查 (审核人), 签发 (负责人), and after release
/// 更正, 撤回 and 有效性 (负责人). A refused step shows the item page again with the reason.
enum CatalogueActions {
    static func register(_ staff: StaffRoutes) {
        staff.post(.staffCatalogueReview(.key), roles: [.reviewer], use: review)
        staff.post(.staffCatalogueSign(.key), roles: [.head], use: sign)
        staff.post(.staffCatalogueWithdraw(.key), roles: [.head], use: withdraw)
        staff.post(.staffCatalogueCorrect(.key), roles: [.head], use: correct)
        staff.post(.staffCatalogueValidity(.key), roles: [.head], use: validity)
    }

    struct SignInput: Content {
        var publishOn: String?
        var revision: Int?
    }

    struct WithdrawInput: Content {
        var reason: String?
        var revision: Int?
    }

    static func review(_ request: Request) async throws -> Response {
        let input = try request.decodeForm(CatalogueWorkflow.ReviewInput.self)
        return try await step(request, form: "review", done: { input.decision == "pass" ? "审查通过，已送负责人签发。" : "审查意见已记录。" }) {
            try await $0.review(itemID: $1, input, agencyID: $2.agencyID, officer: $2.officer)
        }
    }

    static func sign(_ request: Request) async throws -> Response {
        let input = try request.decodeForm(SignInput.self)
        return try await step(request, form: "sign", done: { "已签发。" }) {
            try await $0.sign(itemID: $1, publishOn: input.publishOn, revision: input.revision, agencyID: $2.agencyID, officer: $2.officer)
        }
    }

    static func withdraw(_ request: Request) async throws -> Response {
        let input = try request.decodeForm(WithdrawInput.self)
        return try await step(request, form: "withdraw", done: { "已撤回，门户网站不再显示该条目。" }) {
            try await $0.withdraw(itemID: $1, reason: input.reason, revision: input.revision, agencyID: $2.agencyID, officer: $2.officer)
        }
    }

    static func correct(_ request: Request) async throws -> Response {
        let input = try request.decodeForm(CatalogueWorkflow.CorrectionInput.self)
        return try await step(request, form: "correct", done: { "已更正，原版本保留在历史记录中。" }) {
            try await $0.correct(itemID: $1, input, agencyID: $2.agencyID, officer: $2.officer)
        }
    }

    static func validity(_ request: Request) async throws -> Response {
        let input = try request.decodeForm(CatalogueWorkflow.ValidityInput.self)
        return try await step(request, form: "validity", done: { "有效性已更新。" }) {
            try await $0.setValidity(itemID: $1, input, agencyID: $2.agencyID, officer: $2.officer)
        }
    }

    /// Runs one step: on success a notice and back to the item (PRG); refused (bad form, wrong
    /// status, the drafter reviewing) the item page again with the reason; not found a 404.
    static func step(
        _ request: Request, form: String, done: () -> String,
        _ body: (CatalogueWorkflow, UUID, CurrentStaff) async throws -> Void
    ) async throws -> Response {
        let staff = try request.staff
        let itemID = try request.id("itemID")
        do {
            try await body(CatalogueWorkflow(request.services), itemID, staff)
        } catch let error as any CategorizedError where error.category != .notFound && error.category != .storageUnavailable {
            return try await CataloguePages.render(request, itemID: itemID, problem: error, form: form)
        } catch is CatalogueWorkflow.ItemNotFound {
            throw Abort(.notFound)
        }
        request.webSession.flash(done())
        return request.redirect(to: SiteURL.staffCatalogueItem(.value(itemID)).path)
    }
}
