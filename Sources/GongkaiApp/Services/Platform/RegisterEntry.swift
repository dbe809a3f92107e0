import FluentKit
import Foundation
import GongkaiCore

/// Table-2 register records entered on the web, one at a time: the form's fields turned into the
/// core record (which checks them), numbered, stored with an audit entry.
public struct RegisterEntry: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The form as posted; which fields count depends on `kind`.
    public struct Input: Codable, Sendable, Hashable {
        /// `RegisterRecordModel.Kind` raw value.
        public var kind: String?
        public var documentKind: String?
        public var title: String?
        public var documentNumber: String?
        public var issuedOn: String?
        public var publishedOn: String?
        public var repealedOn: String?
        public var category: String?
        public var year: Int?
        public var month: Int?
        public var count: Int?
        public var amountYuan: String?
        public var name: String?
        public var contractedOn: String?

        public init() {}
    }

    /// Checks `input` and stores the record in `agencyID`; returns its record id.
    @discardableResult
    public func add(_ input: Input, agencyID: UUID, actor: String) async throws -> String {
        var problems: [FieldProblem] = []
        func date(_ text: String?, _ field: String, _ label: String, required: Bool) -> CivilDate? {
            let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if required { problems.append(FieldProblem(field: field, message: "请填写\(label)")) }
                return nil
            }
            guard let value = CivilDate(iso: trimmed) else {
                problems.append(FieldProblem(field: field, message: "\(label)应为日期，例如 2026-03-01"))
                return nil
            }
            return value
        }
        func text(_ value: String?, _ field: String, _ label: String) -> String? {
            let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { problems.append(FieldProblem(field: field, message: "请填写\(label)")) }
            if trimmed.count > 300 { problems.append(FieldProblem(field: field, message: "\(label)不超过300字")) }
            return trimmed.isEmpty ? nil : trimmed
        }
        func amount(_ value: String?) -> Decimal? {
            let trimmed = (value ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
            guard let decimal = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX")), decimal >= 0 else {
                problems.append(FieldProblem(field: "amountYuan", message: "金额应为不小于0的数字（单位：元）"))
                return nil
            }
            return decimal
        }
        let category = input.category.flatMap(ProactiveCategory.init(rawValue:))
        guard let kind = input.kind.flatMap(RegisterRecordModel.Kind.init(rawValue:)) else {
            throw FormError([FieldProblem(field: "kind", message: "请选择登记类型")])
        }
        let today = context.clock.today
        let year = input.year ?? today.year
        let id = RecordID("登记\(year)-\(try await Sequences(context).next("register:\(agencyID.uuidString):\(year)"))")
        var record: RegisterRecordModel.CoreRecord?
        do throws(RegisterError) {
            switch kind {
            case .document:
                let documentKind = input.documentKind.flatMap(NormativeDocumentKind.init(rawValue:))
                if documentKind == nil { problems.append(FieldProblem(field: "documentKind", message: "请选择规章或规范性文件")) }
                let title = text(input.title, "title", "文件名称")
                let issued = date(input.issuedOn, "issuedOn", "制发日期", required: true)
                let published = date(input.publishedOn, "publishedOn", "公开日期", required: false)
                let repealed = date(input.repealedOn, "repealedOn", "废止日期", required: false)
                let number = (input.documentNumber ?? "").trimmingCharacters(in: .whitespaces)
                if let documentKind, let title, let issued {
                    record = .document(
                        try RegisteredDocument(
                            id: id, kind: documentKind, title: title, documentNumber: number.isEmpty ? nil : number,
                            issuedOn: issued, publishedOn: published, repealedOn: repealed))
                }
            case .decisionTally:
                if category == nil { problems.append(FieldProblem(field: "category", message: "请选择事项类别")) }
                if input.month == nil { problems.append(FieldProblem(field: "month", message: "请填写月份")) }
                if input.count == nil { problems.append(FieldProblem(field: "count", message: "请填写决定数量")) }
                if let category, let month = input.month, let count = input.count {
                    record = .decisionTally(try DecisionTally(id: id, category: category, year: year, month: month, count: count))
                }
            case .itemCount:
                if category == nil { problems.append(FieldProblem(field: "category", message: "请选择事项类别")) }
                if input.count == nil { problems.append(FieldProblem(field: "count", message: "请填写事项数量")) }
                if let category, let count = input.count {
                    record = .itemCount(try ItemCountRecord(id: id, category: category, year: year, count: count))
                }
            case .feeCollection:
                if input.month == nil { problems.append(FieldProblem(field: "month", message: "请填写月份")) }
                if let month = input.month, let value = amount(input.amountYuan) {
                    record = .feeCollection(try FeeCollection(id: id, year: year, month: month, amountYuan: value))
                }
            case .procurement:
                let name = text(input.name, "name", "项目名称")
                let contracted = date(input.contractedOn, "contractedOn", "合同签订日期", required: true)
                if let name, let contracted, let value = amount(input.amountYuan) {
                    record = .procurement(try ProcurementProject(id: id, name: name, contractedOn: contracted, amountYuan: value))
                }
            }
        } catch {
            problems.append(FieldProblem(field: "kind", message: error.description))
        }
        guard problems.isEmpty, let record else { throw FormError(problems) }
        try await CaseService(context).add(registers: [record], agencyID: agencyID, actor: actor)
        return id.rawValue
    }
}
