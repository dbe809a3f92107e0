import Foundation
import GongkaiApp
import GongkaiCore
import Testing

/// The demo's 行政事业性收费 collections are whole 元, so table 2's 本年收费金额（万元） prints at
/// most four decimals (it printed six — 0.123456 — when the demo booked fen).
@Suite("Demo registers: fee amounts as booked")
struct DemoFeeAmountsTests {
    @Test("every generated fee collection is whole 元; the year's total in 万元 has at most four decimals")
    func wholeYuan() throws {
        var generator = CaseworkGenerator(seed: 2025)
        for year in 2024...2026 {
            let collections = generator.registers(year: year, idPrefix: "江1").compactMap { record -> FeeCollection? in
                if case .feeCollection(let fee) = record { return fee }
                return nil
            }
            #expect(collections.count == 12)
            #expect(collections.allSatisfy { $0.amountYuan == Decimal(NSDecimalNumber(decimal: $0.amountYuan).intValue) })
            let wan = Cell.decimal(collections.reduce(Decimal(0)) { $0 + $1.amountYuan } / 10_000).description
            let decimals = wan.split(separator: ".").dropFirst().first?.count ?? 0
            #expect(decimals <= 4, "\(year): \(wan) 万元")
        }
    }
}
