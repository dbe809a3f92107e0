import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The table-2 registers kept on the web: 规章 and 规范性文件, monthly decision counts of
/// 许可/处罚/强制, item counts, fees collected, procurement contracts — so that a year can be kept
/// here as well as imported.
enum RegisterPages {
    static func register(_ staff: StaffRoutes) {
        staff.get(.staffRegisters, roles: .caseworkers, use: list)
        staff.post(.staffRegisters, roles: [.handler], use: add)
    }

    static func list(_ request: Request) async throws -> View {
        try await render(request, input: RegisterEntry.Input(), problems: nil)
    }

    static func render(_ request: Request, input: RegisterEntry.Input, problems: FormError?) async throws -> View {
        let staff = try request.staff
        let year = request.query[Int.self, at: "year"] ?? input.year ?? request.today.year
        let rows = try await RegisterRecordModel.query(on: request.db).filter(\.$agency.$id == staff.agencyID)
            .filter(\.$year == year).sort(\.$kind).sort(\.$recordKey).all()
        let view = RegistersView(
            page: request.page(title: "主动公开登记", section: "records"), year: year, records: try rows.map { try $0.toCore() },
            input: input, errors: FieldErrors(problems), canAdd: staff.has(.handler), today: request.today)
        return try await request.view.render("staff/registers", view)
    }

    static func add(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let input = try request.decodeForm(RegisterEntry.Input.self)
        do {
            let id = try await RegisterEntry(request.services).add(input, agencyID: staff.agencyID, actor: staff.actor)
            request.webSession.flash("已登记（\(id)），年度报告表二即时更新。")
            return request.redirect(to: SiteURL.staffRegisters.path + "?year=\(input.year ?? request.today.year)")
        } catch let error as FormError {
            return try await render(request, input: input, problems: error).encodeResponse(status: .unprocessableEntity, for: request)
        }
    }
}

extension RegisterEntry.Input: Content {}

struct RegistersView: Encodable {
    struct Record: Encodable {
        let id: String
        let kind: String
        let summary: String
    }

    let page: PageContext
    let year: Int
    let records: [Record]
    let hasRecords: Bool
    let input: RegisterEntry.Input
    let errors: FieldErrors
    let canAdd: Bool
    let kinds: [Choice]
    let categories: [Choice]
    let documentKinds: [Choice]
    let years: [Choice]

    init(
        page: PageContext, year: Int, records: [RegisterRecordModel.CoreRecord], input: RegisterEntry.Input,
        errors: FieldErrors, canAdd: Bool, today: CivilDate
    ) {
        self.page = page
        self.year = year
        self.records = records.map(Self.describe)
        hasRecords = !records.isEmpty
        self.input = input
        self.errors = errors
        self.canAdd = canAdd
        let kindLabels: [(RegisterRecordModel.Kind, String)] = [
            (.document, "规章、规范性文件"), (.decisionTally, "处理决定数量（按月）"), (.itemCount, "事项数量（按年）"),
            (.feeCollection, "行政事业性收费金额（按月）"), (.procurement, "政府集中采购项目"),
        ]
        kinds = kindLabels.map { Choice(value: $0.0.rawValue, label: $0.1, selected: input.kind == $0.0.rawValue) }
        categories = ProactiveCategory.allCases.map {
            Choice(value: $0.rawValue, label: Self.categoryLabel($0), selected: input.category == $0.rawValue)
        }
        documentKinds = NormativeDocumentKind.allCases.map {
            Choice(value: $0.rawValue, label: $0 == .regulation ? "规章" : "规范性文件", selected: input.documentKind == $0.rawValue)
        }
        years = (max(2019, today.year - 4)...today.year).reversed().map { Choice(value: "\($0)", label: "\($0)年", selected: $0 == year) }
    }

    static func categoryLabel(_ category: ProactiveCategory) -> String {
        switch category {
        case .licensing: "行政许可"
        case .otherServices: "其他对外管理服务事项"
        case .penalty: "行政处罚"
        case .coercion: "行政强制"
        case .fees: "行政事业性收费"
        }
    }

    static func describe(_ record: RegisterRecordModel.CoreRecord) -> Record {
        switch record {
        case .document(let document):
            var parts = [document.title]
            if let number = document.documentNumber { parts.append(number) }
            parts.append("制发 \(document.issuedOn)")
            if let repealed = document.repealedOn { parts.append("废止 \(repealed)") }
            return Record(id: document.id.rawValue, kind: document.kind == .regulation ? "规章" : "规范性文件", summary: parts.joined(separator: " · "))
        case .decisionTally(let tally):
            return Record(id: tally.id.rawValue, kind: categoryLabel(tally.category) + "决定", summary: "\(tally.year)年\(tally.month)月 \(tally.count)件")
        case .itemCount(let item):
            return Record(id: item.id.rawValue, kind: categoryLabel(item.category) + "事项", summary: "\(item.year)年 \(item.count)项")
        case .feeCollection(let fee):
            return Record(id: fee.id.rawValue, kind: "行政事业性收费", summary: "\(fee.year)年\(fee.month)月 \(fee.amountYuan)元")
        case .procurement(let project):
            return Record(id: project.id.rawValue, kind: "政府集中采购", summary: "\(project.name) · \(project.contractedOn) · \(project.amountYuan)元")
        }
    }
}
