import Foundation

/// The registers behind table 2 (主动公开政府信息情况): what the agency issued, decided, listed,
/// collected and bought, as records that can be counted per year and traced back from a cell.
public struct ProactiveRegisters: Sendable, Hashable, Codable {
    /// 规章 and 行政规范性文件 (第二十条第（一）项).
    public var documents: [RegisteredDocument]
    /// Monthly counts of decisions (第二十条第（五）（六）项).
    public var decisionTallies: [DecisionTally]
    /// Item counts per year end (2019 template: 上一年项目数量, 本年增/减).
    public var itemCounts: [ItemCountRecord]
    /// 行政事业性收费 collected (2021 template: 本年收费金额).
    public var feeCollections: [FeeCollection]
    /// 政府集中采购 projects (2019 template, 第二十条第（九）项).
    public var procurements: [ProcurementProject]

    /// Registers with the given records.
    public init(
        documents: [RegisteredDocument] = [], decisionTallies: [DecisionTally] = [], itemCounts: [ItemCountRecord] = [],
        feeCollections: [FeeCollection] = [], procurements: [ProcurementProject] = []
    ) {
        self.documents = documents
        self.decisionTallies = decisionTallies
        self.itemCounts = itemCounts
        self.feeCollections = feeCollections
        self.procurements = procurements
    }
}
