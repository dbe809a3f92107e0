/// LABEL_MISMATCH, ROW_UNRECOGNIZED and AMOUNT_UNIT: what reading the tables noticed about labels,
/// extra rows and units.
public struct LabelRule: AuditRule {
    public var codes: [RuleCode] { [.labelMismatch, .rowUnrecognized, .amountUnit] }

    public func findings(in context: AuditContext) -> [Finding] {
        context.notes.compactMap { note in
            switch note {
            case .rowLabelVariant(let table, let key, let written):
                let layout = context.report[table: table]?.layout ?? Templates.layout(table, context.report.template)
                guard let row = layout.row(key) else { return nil }
                return Finding(
                    code: .labelMismatch, severity: .warning, location: CellReference.path(layout, row),
                    message: "\(table.shortName)行标签“\(written)”与模板不一致，应为“\(row.label)”；已按其位置作为该行读取")
            case .unrecognizedRow(let table, let label, let values):
                let shown = label.isEmpty ? "（无标签）" : "“\(label)”"
                return Finding(
                    code: .rowUnrecognized, severity: .warning, location: table.rawValue,
                    message: "\(table.displayName)中的行\(shown)（\(values.joined(separator: "、"))）不是模板中的行，未计入；如为自行添加的小计行，请删除")
            case .amountConverted(let table, let key, let column, let written):
                let layout = context.report[table: table]?.layout ?? Templates.layout(table, context.report.template)
                guard let row = layout.row(key), let value = context.report[table: table]?[key, column] else { return nil }
                return Finding(
                    code: .amountUnit, severity: .info, location: CellReference.path(layout, row, column: column),
                    message: "\(CellReference.cellName(layout, row, column: column))填写为“\(written)”，已换算为 \(value) 万元；建议统一以万元填写")
            default:
                return nil
            }
        }
    }
}
