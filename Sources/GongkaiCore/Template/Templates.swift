/// The official templates as data: the one definition of every table, row, column and label.
///
/// Readers, the auditor, renderers and the database all read these layouts; nothing else in
/// Gongkai spells out a row of a statutory table.
public enum Templates {
    /// The layout of `table` in `version`.
    public static func layout(_ table: TableID, _ version: TemplateVersion) -> TableLayout {
        switch (table, version) {
        case (.proactive, .v2019): proactive2019
        case (.proactive, .v2021): proactive2021
        case (.requests, .v2019): requests2019
        case (.requests, .v2021): requests2021
        case (.review, _): review
        }
    }

    /// The row keys used in code, named once.
    public enum Row {
        public static let newReceived: RowKey = "newReceived"
        public static let carriedOver: RowKey = "carriedOver"
        public static let granted: RowKey = "granted"
        public static let partiallyGranted: RowKey = "partiallyGranted"
        public static let otherHandling: RowKey = "otherHandling"
        public static let total: RowKey = "total"
        public static let carriedForward: RowKey = "carriedForward"
        public static let reconsideration: RowKey = "reconsideration"
        public static let litigationDirect: RowKey = "litigationDirect"
        public static let litigationAfterReconsideration: RowKey = "litigationAfterReconsideration"
    }

    // MARK: Table 3 (收到和处理政府信息公开申请情况)

    /// The corner note of table 3, which states its own identity (勾稽关系).
    public static let requestsCornerNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    public static let requestsHeaderGroup = "申请人情况"
    public static let legalPersonGroup = "法人或其他组织"
    /// The label cell spanning every result row (三).
    public static let resultsGroup = "三、本年度办理结果"

    /// The seven applicant columns of table 3; 总计 is last.
    public static let requestsColumns: [ColumnDefinition] = [
        ColumnDefinition(key: "naturalPerson", label: "自然人"),
        ColumnDefinition(key: "commercial", label: "商业企业", group: legalPersonGroup),
        ColumnDefinition(key: "research", label: "科研机构", group: legalPersonGroup),
        ColumnDefinition(key: "socialWelfare", label: "社会公益组织", group: legalPersonGroup),
        ColumnDefinition(key: "legalService", label: "法律服务机构", group: legalPersonGroup),
        ColumnDefinition(key: "other", label: "其他", group: legalPersonGroup),
        ColumnDefinition(key: "total", label: "总计"),
    ]

    /// The index of the 总计 column in table 3.
    public static let requestsTotalColumn = 6

    private static func requestsRow(
        _ key: RowKey, _ label: String, _ groups: [String] = [], variants: [String] = []
    ) -> RowDefinition {
        RowDefinition(key: key, label: label, groups: groups, variants: variants, columns: requestsColumns)
    }

    private static let denied = [resultsGroup, "（三）不予公开"]
    private static let unavailable = [resultsGroup, "（四）无法提供"]
    private static let notProcessed = [resultsGroup, "（五）不予处理"]
    private static let otherHandled = [resultsGroup, "（六）其他处理"]

    private static let requestsHead: [RowDefinition] = [
        requestsRow(Row.newReceived, "一、本年新收政府信息公开申请数量"),
        requestsRow(Row.carriedOver, "二、上年结转政府信息公开申请数量"),
        requestsRow(Row.granted, "（一）予以公开", [resultsGroup]),
        requestsRow(Row.partiallyGranted, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [resultsGroup]),
        requestsRow("denied.stateSecret", "1.属于国家秘密", denied),
        requestsRow(
            "denied.prohibitedByLaw", "2.其他法律行政法规禁止公开", denied,
            variants: ["2.其他法律行政止公开"]),
        requestsRow("denied.securityStability", "3.危及“三安全一稳定”", denied),
        requestsRow("denied.thirdPartyRights", "4.保护第三方合法权益", denied),
        requestsRow("denied.internalAffairs", "5.属于三类内部事务信息", denied),
        requestsRow("denied.processInformation", "6.属于四类过程性信息", denied),
        requestsRow("denied.enforcementFiles", "7.属于行政执法案卷", denied),
        requestsRow("denied.queryMatters", "8.属于行政查询事项", denied),
        requestsRow("unavailable.notHeld", "1.本机关不掌握相关政府信息", unavailable),
        requestsRow("unavailable.needsCreation", "2.没有现成信息需要另行制作", unavailable),
        requestsRow("unavailable.stillUnclear", "3.补正后申请内容仍不明确", unavailable),
        requestsRow("notProcessed.petition", "1.信访举报投诉类申请", notProcessed),
        requestsRow("notProcessed.duplicate", "2.重复申请", notProcessed),
        requestsRow("notProcessed.publication", "3.要求提供公开出版物", notProcessed),
        requestsRow("notProcessed.excessive", "4.无正当理由大量反复申请", notProcessed),
        requestsRow("notProcessed.confirmation", "5.要求行政机关确认或重新出具已获取信息", notProcessed),
    ]

    private static let requestsTail: [RowDefinition] = [
        requestsRow(Row.total, "（七）总计", [resultsGroup]),
        requestsRow(Row.carriedForward, "四、结转下年度继续办理"),
    ]

    static let requests2019 = TableLayout(
        table: .requests, version: .v2019,
        rows: requestsHead + [requestsRow(Row.otherHandling, "（六）其他处理", [resultsGroup])] + requestsTail)

    static let requests2021 = TableLayout(
        table: .requests, version: .v2021,
        rows: requestsHead + [
            requestsRow(
                "otherHandling.noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", otherHandled),
            requestsRow(
                "otherHandling.unpaidFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", otherHandled),
            requestsRow("otherHandling.other", "3.其他", otherHandled),
        ] + requestsTail)

    // MARK: Table 4 (行政复议、行政诉讼)

    /// The five columns of each table-4 group; 总计 is last.
    public static let reviewColumns: [ColumnDefinition] = [
        ColumnDefinition(key: "upheld", label: "结果维持"),
        ColumnDefinition(key: "corrected", label: "结果纠正"),
        ColumnDefinition(key: "other", label: "其他结果"),
        ColumnDefinition(key: "pending", label: "尚未审结"),
        ColumnDefinition(key: "total", label: "总计"),
    ]

    /// The index of the 总计 column in each table-4 group.
    public static let reviewTotalColumn = 4
    public static let litigationGroup = "行政诉讼"

    static let review = TableLayout(
        table: .review, version: .v2019,
        rows: [
            RowDefinition(key: Row.reconsideration, label: "行政复议", columns: reviewColumns),
            RowDefinition(
                key: Row.litigationDirect, label: "未经复议直接起诉", groups: [litigationGroup], columns: reviewColumns),
            RowDefinition(
                key: Row.litigationAfterReconsideration, label: "复议后起诉", groups: [litigationGroup],
                columns: reviewColumns),
        ])

    // MARK: Table 2 (主动公开政府信息情况)

    /// The first header cell of every table-2 block.
    public static let proactiveContentHeader = "信息内容"

    private static func proactiveLayout(_ version: TemplateVersion, _ blocks: [(ProactiveBlock, [(RowKey, String)])])
        -> TableLayout
    {
        let rows = blocks.flatMap { block, rows in
            rows.map { key, label in RowDefinition(key: key, label: label, columns: block.columns, block: block) }
        }
        return TableLayout(table: .proactive, version: version, rows: rows)
    }

    private static let itemCounts2019 = [
        ColumnDefinition(key: "previousCount", label: "上一年项目数量"),
        ColumnDefinition(key: "change", label: "本年增/减", kind: .signedCount),
        ColumnDefinition(key: "decisions", label: "处理决定数量"),
    ]

    static let proactive2019 = proactiveLayout(
        .v2019,
        [
            (
                ProactiveBlock(
                    caption: "第二十条第（一）项",
                    columns: [
                        ColumnDefinition(key: "newlyMade", label: "本年新制作数量"),
                        ColumnDefinition(key: "newlyPublished", label: "本年新公开数量"),
                        ColumnDefinition(key: "totalPublished", label: "对外公开总数量"),
                    ]),
                [("regulations", "规章"), ("normativeDocuments", "规范性文件")]
            ),
            (
                ProactiveBlock(caption: "第二十条第（五）项", columns: itemCounts2019),
                [("licensing", "行政许可"), ("otherServices", "其他对外管理服务事项")]
            ),
            (
                ProactiveBlock(caption: "第二十条第（六）项", columns: itemCounts2019),
                [("penalties", "行政处罚"), ("coercion", "行政强制")]
            ),
            (
                ProactiveBlock(caption: "第二十条第（八）项", columns: Array(itemCounts2019.prefix(2))),
                [("fees", "行政事业性收费")]
            ),
            (
                ProactiveBlock(
                    caption: "第二十条第（九）项",
                    columns: [
                        ColumnDefinition(key: "projects", label: "采购项目数量"),
                        ColumnDefinition(key: "amountWan", label: "采购总金额", kind: .amount),
                    ]),
                [("procurement", "政府集中采购")]
            ),
        ])

    private static let decisions2021 = [ColumnDefinition(key: "decisions", label: "本年处理决定数量")]

    static let proactive2021 = proactiveLayout(
        .v2021,
        [
            (
                ProactiveBlock(
                    caption: "第二十条第（一）项",
                    columns: [
                        ColumnDefinition(key: "issued", label: "本年制发件数"),
                        ColumnDefinition(key: "repealed", label: "本年废止件数"),
                        ColumnDefinition(key: "inForce", label: "现行有效件数"),
                    ]),
                [("regulations", "规章"), ("normativeDocuments", "行政规范性文件")]
            ),
            (ProactiveBlock(caption: "第二十条第（五）项", columns: decisions2021), [("licensing", "行政许可")]),
            (
                ProactiveBlock(caption: "第二十条第（六）项", columns: decisions2021),
                [("penalties", "行政处罚"), ("coercion", "行政强制")]
            ),
            (
                ProactiveBlock(
                    caption: "第二十条第（八）项",
                    columns: [ColumnDefinition(key: "amountWan", label: "本年收费金额（单位：万元）", kind: .amount)]),
                [("fees", "行政事业性收费")]
            ),
        ])

    /// The table-2 blocks of `version`, in order.
    public static func proactiveBlocks(_ version: TemplateVersion) -> [ProactiveBlock] {
        var blocks: [ProactiveBlock] = []
        for row in layout(.proactive, version).rows {
            if let block = row.block, blocks.last != block { blocks.append(block) }
        }
        return blocks
    }

    /// Header labels that only one template's table 2 has: how a reader tells the templates apart.
    public static func proactiveSignatureLabels(_ version: TemplateVersion) -> [String] {
        signatureLabels[version]!
    }

    private static let signatureLabels: [TemplateVersion: [String]] = Dictionary(
        uniqueKeysWithValues: TemplateVersion.allCases.map { version in
            let other: TemplateVersion = version == .v2019 ? .v2021 : .v2019
            let otherLabels = Set(proactiveBlocks(other).flatMap { $0.columns.map(\.label) })
            return (version, proactiveBlocks(version).flatMap { $0.columns.map(\.label) }.filter { !otherLabels.contains($0) })
        })
}
