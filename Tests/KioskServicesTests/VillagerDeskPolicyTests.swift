import Foundation
import KioskDomain
import KioskFlows
import KioskStore
import Testing
@testable import KioskServices

/// The villager desk hands the flows the table in force on the clock's day and the whole book, so a pension in
/// payment is counted at each month's table.
struct VillagerDeskPolicyTests {
    @Test func theFileCarriesTodaysTableAndEveryTableAcrossTheYearEnd() throws {
        // 2026-01-01 09:00 in Asia/Shanghai: the 2026 table (163 yuan) is in force, the 2025 one ended the day before.
        let clock = KioskClock.fixed(Date(timeIntervalSince1970: 1_767_229_200), timeZone: KioskStore.chinaTime)
        #expect(clock.today == CivilDate(iso: "2026-01-01")!)
        let (desk, _) = try DeskClockTests.desk(clock)
        let shift = DemoDayShift(from: CivilDate(iso: "2026-11-30")!, to: clock.today)
        let holder = CardHolder(idNumber: shift.idNumber(text: "450124194906293304"), name: "韦秀英", cardKind: .socialSecurityCard)
        let file = try desk.file(for: holder, at: clock.now())
        #expect(file.policy.name == "guangxi-2026")
        #expect(file.policies.tables.count == 8)
        let payment = try #require(PensionInPayment(account: file.account, contributionYears: file.history.contributionYears,
                                                    region: file.person.registeredRegion, policies: file.policies))
        #expect(payment.amount(for: CivilDate(iso: "2026-01-01")!) - payment.amount(for: CivilDate(iso: "2025-12-01")!)
            == .yuan(20), "the basic pension rose by 20 yuan with the 2026 table")
    }
}
