import Foundation
import Testing

@testable import GongkaiCore

/// Amounts written with their unit inside the cell, as agencies write them: kept, in 万元.
@Suite("Units in cells")
struct CellUnitTests {
    @Test(
        "3766.32 万元, 3766.32万 and 37,663,200 元 are all 3766.32 万元; 元 is converted and said so",
        arguments: [("3766.32 万元", nil), ("3766.32万", nil), ("3766.32", nil), ("37,663,200 元", "37,663,200元")])
    func amounts(_ text: String, _ converted: String?) {
        #expect(CellText.isValueLike(text))
        #expect(CellText.read(text, kind: .amount) == .value(.decimal(Decimal(string: "3766.32")!), convertedFrom: converted))
    }

    @Test("A count with 件 is a count; an amount's unit in a count cell is no count")
    func counts() {
        #expect(CellText.read("12件", kind: .count) == .value(.integer(12), convertedFrom: nil))
        #expect(CellText.read("12 万元", kind: .count) == .invalid("12 万元"))
    }
}
