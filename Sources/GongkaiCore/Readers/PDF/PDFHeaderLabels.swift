/// The header texts of the statutory tables, drawn from the templates: how the PDF reader tells
/// a table's header rows from its body and finds the columns the header defines.
enum PDFHeaderLabels {
    /// The normalized labels of every value column of either template: 自然人 … 总计, 结果维持 …,
    /// 本年新制作数量 …. A header cell with one of these texts heads one value column.
    static let columns: Set<String> = {
        var labels = Set<String>()
        for table in TableID.allCases {
            for version in TemplateVersion.allCases {
                for row in Templates.layout(table, version).rows {
                    for column in row.columns { labels.insert(LabelText.normalize(column.label)) }
                }
            }
        }
        return labels
    }()

    /// Every header text: column labels, the groups above them (申请人情况, 行政诉讼…), 信息内容,
    /// the table-2 block captions and table 3's corner note.
    static let all: [String] = {
        var texts = columns
        for column in Templates.requestsColumns + Templates.reviewColumns {
            if let group = column.group { texts.insert(LabelText.normalize(group)) }
        }
        for row in Templates.layout(.review, .v2019).rows {
            texts.insert(LabelText.normalize(row.label))
            for group in row.groups { texts.insert(LabelText.normalize(group)) }
        }
        texts.insert(LabelText.normalize(Templates.requestsHeaderGroup))
        texts.insert(LabelText.normalize(Templates.proactiveContentHeader))
        texts.insert(LabelText.normalize(Templates.requestsCornerNote))
        for version in TemplateVersion.allCases {
            for block in Templates.proactiveBlocks(version) { texts.insert(LabelText.normalize(block.caption)) }
        }
        return texts.sorted()
    }()

    /// The normalized row labels of every table and template, with their known variants: a label
    /// that reads as one of these is complete, even when it fills its cell to the edge.
    static let rows: Set<String> = {
        var labels = Set<String>()
        for table in TableID.allCases {
            for version in TemplateVersion.allCases {
                for row in Templates.layout(table, version).rows {
                    labels.insert(LabelText.normalize(row.label))
                    for variant in row.variants { labels.insert(LabelText.normalize(variant)) }
                }
            }
        }
        return labels
    }()

    /// The normalized labels of the groups spanning rows of table 3: 三、本年度办理结果, （三）不予公开….
    static let groups: [String] = {
        var labels = Set<String>()
        for version in TemplateVersion.allCases {
            for row in Templates.layout(.requests, version).rows {
                for group in row.groups { labels.insert(LabelText.normalize(group)) }
            }
        }
        return labels.sorted()
    }()

    /// The row labels, for telling a piece of a row's own label from a piece of a group label.
    private static let rowList = rows.sorted()

    /// Whether `normalized` can only be a piece of a group label (`true`), only a piece of a
    /// row's own label (`false`), or either (`nil`).
    static func isGroupPiece(_ normalized: String) -> Bool? {
        guard !normalized.isEmpty else { return nil }
        let inGroup = groups.contains { $0.fastContains(normalized) }
        let inRow = rowList.contains { $0.fastContains(normalized) }
        return inGroup == inRow ? nil : inGroup
    }

    /// Whether `normalized` is a header text or a piece of one ("商业企" of 商业企业 wrapped in a
    /// narrow cell). Units and numbers are not header pieces.
    static func isHeaderPiece(_ normalized: String) -> Bool {
        guard !normalized.isEmpty, !PDFWord.units.contains(normalized) else { return false }
        return all.contains { $0.fastContains(normalized) }
    }

    /// Whether some column label begins with `normalized`.
    static func beginsColumnLabel(_ normalized: String) -> Bool {
        columns.contains { $0.fastHasPrefix(normalized) }
    }
}
