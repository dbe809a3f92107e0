@testable import GongkaiCore

/// Every cell of the five seed reports, read by hand from `Fixtures/seeds/*.txt`.
/// `nil` is a blank (or absent) cell in the document.
enum SeedExpectations {
    typealias Rows = [(String, [Int?])]

    static let zeros7: [Int?] = Array(repeating: 0, count: 7)
    static let blank7: [Int?] = Array(repeating: nil, count: 7)

    /// Table 3 of seeds 000 and 001: all zero, except 四、结转下年度继续办理 with no values.
    static let requestsAllZeroCarryBlank: Rows = [
        ("newReceived", zeros7), ("carriedOver", zeros7), ("granted", zeros7), ("partiallyGranted", zeros7),
        ("denied.stateSecret", zeros7), ("denied.prohibitedByLaw", zeros7), ("denied.securityStability", zeros7),
        ("denied.thirdPartyRights", zeros7), ("denied.internalAffairs", zeros7),
        ("denied.processInformation", zeros7), ("denied.enforcementFiles", zeros7), ("denied.queryMatters", zeros7),
        ("unavailable.notHeld", zeros7), ("unavailable.needsCreation", zeros7), ("unavailable.stillUnclear", zeros7),
        ("notProcessed.petition", zeros7), ("notProcessed.duplicate", zeros7), ("notProcessed.publication", zeros7),
        ("notProcessed.excessive", zeros7), ("notProcessed.confirmation", zeros7), ("otherHandling", zeros7),
        ("total", zeros7), ("carriedForward", blank7),
    ]

    /// Table 3 of seed 003: three natural-person applications, two granted, one not held.
    static let requests003: Rows = [
        ("newReceived", [3, 0, 0, 0, 0, 0, 3]), ("carriedOver", zeros7), ("granted", [2, 0, 0, 0, 0, 0, 2]),
        ("partiallyGranted", zeros7), ("denied.stateSecret", zeros7), ("denied.prohibitedByLaw", zeros7),
        ("denied.securityStability", zeros7), ("denied.thirdPartyRights", zeros7),
        ("denied.internalAffairs", zeros7), ("denied.processInformation", zeros7),
        ("denied.enforcementFiles", zeros7), ("denied.queryMatters", zeros7),
        ("unavailable.notHeld", [1, 0, 0, 0, 0, 0, 1]), ("unavailable.needsCreation", zeros7),
        ("unavailable.stillUnclear", zeros7), ("notProcessed.petition", zeros7), ("notProcessed.duplicate", zeros7),
        ("notProcessed.publication", zeros7), ("notProcessed.excessive", zeros7),
        ("notProcessed.confirmation", zeros7), ("otherHandling", zeros7), ("total", [3, 0, 0, 0, 0, 0, 3]),
        ("carriedForward", zeros7),
    ]

    /// Table 3 of seed 004 (2021 template): all zero.
    static let requests004: Rows = [
        ("newReceived", zeros7), ("carriedOver", zeros7), ("granted", zeros7), ("partiallyGranted", zeros7),
        ("denied.stateSecret", zeros7), ("denied.prohibitedByLaw", zeros7), ("denied.securityStability", zeros7),
        ("denied.thirdPartyRights", zeros7), ("denied.internalAffairs", zeros7),
        ("denied.processInformation", zeros7), ("denied.enforcementFiles", zeros7), ("denied.queryMatters", zeros7),
        ("unavailable.notHeld", zeros7), ("unavailable.needsCreation", zeros7), ("unavailable.stillUnclear", zeros7),
        ("notProcessed.petition", zeros7), ("notProcessed.duplicate", zeros7), ("notProcessed.publication", zeros7),
        ("notProcessed.excessive", zeros7), ("notProcessed.confirmation", zeros7),
        ("otherHandling.noCorrection", zeros7), ("otherHandling.unpaidFee", zeros7), ("otherHandling.other", zeros7),
        ("total", zeros7), ("carriedForward", zeros7),
    ]

    static let reviewAllZero: Rows = [
        ("reconsideration", [0, 0, 0, 0, 0]), ("litigationDirect", [0, 0, 0, 0, 0]),
        ("litigationAfterReconsideration", [0, 0, 0, 0, 0]),
    ]

    /// Table 2 values as `row.field` → value; amounts as decimal strings.
    static let proactive000: [String: String?] = [
        "regulations.newlyMade": "0", "regulations.newlyPublished": "0", "regulations.totalPublished": "0",
        "normativeDocuments.newlyMade": "0", "normativeDocuments.newlyPublished": "0",
        "normativeDocuments.totalPublished": "0",
        "licensing.previousCount": "4", "licensing.change": "4", "licensing.decisions": "0",
        "otherServices.previousCount": nil, "otherServices.change": nil, "otherServices.decisions": nil,
        "penalties.previousCount": "0", "penalties.change": "0", "penalties.decisions": "0",
        "coercion.previousCount": nil, "coercion.change": nil, "coercion.decisions": nil,
        "fees.previousCount": "0", "fees.change": "0",
        "procurement.projects": "0", "procurement.amountWan": nil,
    ]

    static let proactive001: [String: String?] = [
        "regulations.newlyMade": "0", "regulations.newlyPublished": "0", "regulations.totalPublished": "0",
        "normativeDocuments.newlyMade": "0", "normativeDocuments.newlyPublished": "0",
        "normativeDocuments.totalPublished": "0",
        "licensing.previousCount": "0", "licensing.change": "0", "licensing.decisions": "0",
        "otherServices.previousCount": "4", "otherServices.change": "10", "otherServices.decisions": "0",
        "penalties.previousCount": "0", "penalties.change": "0", "penalties.decisions": "0",
        "coercion.previousCount": "0", "coercion.change": "0", "coercion.decisions": "0",
        "fees.previousCount": "5", "fees.change": "0",
        "procurement.projects": "4", "procurement.amountWan": "1082.36",
    ]

    static let proactive002: [String: String?] = [
        "regulations.newlyMade": "0", "regulations.newlyPublished": "0", "regulations.totalPublished": "0",
        "normativeDocuments.newlyMade": "0", "normativeDocuments.newlyPublished": "0",
        "normativeDocuments.totalPublished": "0",
        "licensing.previousCount": "26", "licensing.change": "0", "licensing.decisions": "274",
        "otherServices.previousCount": "26", "otherServices.change": "6", "otherServices.decisions": "12422",
        "penalties.previousCount": "2", "penalties.change": "-2", "penalties.decisions": "0",
        "coercion.previousCount": "0", "coercion.change": "0", "coercion.decisions": "0",
        "fees.previousCount": "7", "fees.change": "-4",
        // 2626294.00元 in the document, in 万元.
        "procurement.projects": "410", "procurement.amountWan": "262.6294",
    ]

    static let proactive003: [String: String?] = [
        "regulations.newlyMade": "0", "regulations.newlyPublished": "0", "regulations.totalPublished": "0",
        "normativeDocuments.newlyMade": "0", "normativeDocuments.newlyPublished": "0",
        "normativeDocuments.totalPublished": "0",
        "licensing.previousCount": "0", "licensing.change": "0", "licensing.decisions": "0",
        "otherServices.previousCount": "0", "otherServices.change": "0", "otherServices.decisions": "0",
        "penalties.previousCount": "0", "penalties.change": "0", "penalties.decisions": "0",
        "coercion.previousCount": "0", "coercion.change": "0", "coercion.decisions": "0",
        "fees.previousCount": "0", "fees.change": "0",
        "procurement.projects": "1", "procurement.amountWan": "10",
    ]

    static let proactive004: [String: String?] = [
        "regulations.issued": "0", "regulations.repealed": "0", "regulations.inForce": "0",
        "normativeDocuments.issued": "0", "normativeDocuments.repealed": "0", "normativeDocuments.inForce": "0",
        "licensing.decisions": "1", "penalties.decisions": "0", "coercion.decisions": "0",
        "fees.amountWan": "0",
    ]
}
