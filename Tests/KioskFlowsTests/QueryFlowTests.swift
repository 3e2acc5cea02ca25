@testable import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// Queries: the list of pages and each page, for a pensioner and for someone paying.
struct QueryFlowTests {
    typealias F = VillagerFixture

    static func payer() -> VillagerFile {
        var file = F.pensioner()
        file.account = InsuranceAccount(personID: file.person.id, status: .paying, enrolledOn: CivilDate(iso: "2013-03-01"),
                                        tierYuan: 300, withholding: BankAccount(bank: "中国农业银行", accountNumber: "6228480012345678"))
        file.history = ServiceHistory(contributions: (2023...2025).map {
            Contribution(personID: file.person.id, year: $0, tierYuan: 300, personal: .yuan(300), subsidy: .yuan(50),
                         kind: .regular, channel: .bankWithholding, paidOn: CivilDate(year: $0, month: 3, day: 1)!)
        })
        return file
    }

    @Test(arguments: QueryFlow.Page.allCases)
    func everyQueryPageMatchesItsSnapshotsInBothLanguages(page: QueryFlow.Page) throws {
        var state = F.session(Self.payer())
        let queries = try #require(VillagerService.offered(for: Self.payer()).firstIndex(of: .queries))
        _ = F.press(&state, .character(Character("\(queries + 1)")))
        try ScreenSnapshot.checkBoth(state, named: "query-list")
        let index = try #require(QueryFlow.Page.allCases.firstIndex(of: page))
        _ = F.press(&state, .character(Character("\(index + 1)")))
        try ScreenSnapshot.checkBoth(state, named: "query-\(page.rawValue)")
        #expect(!ScreenSnapshot.text(of: state).contains("6228480012345678"), "bank accounts are masked")
        _ = F.press(&state, .character("0"))
        #expect(ScreenSnapshot.text(of: state).contains("我的参保状态"), "0 goes back to the list of pages")
        _ = F.press(&state, .character("0"))
        #expect(ScreenSnapshot.text(of: state).contains("请选择要办理的业务"))
    }

    @Test func contributionsAreListedNewestFirstWithTheSubsidy() {
        var state = F.session(Self.payer())
        let queries = VillagerService.offered(for: Self.payer()).firstIndex(of: .queries)! + 1
        _ = F.press(&state, .character(Character("\(queries)")), .character("3"))
        let lines = ScreenSnapshot.text(of: state).split(separator: "\n").filter { $0.contains("政府补贴") }
        #expect(lines.count == 3)
        #expect(lines.first?.contains("2025") == true)
        #expect(lines.first?.contains("50.00") == true)
    }
}
