import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// No dead ends: a service that cannot be done today stays on the menu with why in brackets on its line, and
/// choosing it explains what to do and when. The reasons are the ones the service's flow starts with.
struct NoDeadEndTests {
    typealias F = SchemeFlowFixture

    /// 46 years old, tier 200, paid every year 2013-2026: nothing left to pay this year, too young to back-pay.
    static let payer = F.person(born: "1980-05-10", name: "黄海军")

    static func account(_ person: Person, transferPending: Bool = false, cancellationPending: Bool = false) -> InsuranceAccount {
        var account = InsuranceAccount(personID: person.id, status: .paying, enrolledOn: F.day("2013-03-01"), tierYuan: 200,
                                       transferPending: transferPending)
        account.cancellationPending = cancellationPending
        return account
    }

    static func menuLines(_ state: KioskState) -> [String] {
        ScreenSnapshot.text(of: state).split(separator: "\n").map(String.init).filter { $0.contains("[") }
    }

    /// Chooses the menu line of `service` and returns the screen text.
    static func choose(_ service: VillagerService, _ state: inout KioskState) throws -> String {
        let index = try #require(F.villager(state)?.services.firstIndex(of: service))
        F.press(.character(Character("\(index + 1)")), &state)
        return ScreenSnapshot.text(of: state)
    }

    @Test("paid for this year: the contribution line says so and when next year opens; choosing it says what to do")
    func alreadyPaid() throws {
        let file = F.file(Self.payer, account: Self.account(Self.payer), history: F.history(Self.payer, years: Array(2013...2026)))
        var state = F.session(file)
        let line = try #require(Self.menuLines(state).first { $0.contains("[1]") })
        #expect(line.contains("缴费（2026 年度已缴，2027 年度 1 月起可缴）"))
        #expect(Self.menuLines(state).contains { $0.contains("[4]") && $0.contains("查询") && !$0.contains("（") },
                "a service that can be done has no bracket")
        try ScreenSnapshot.checkBoth(state, named: "villager-menu-alreadyPaid")
        let entries = try #require(F.villager(state)?.menuEntries)
        let text = try Self.choose(.contribution, &state)
        #expect(F.villager(state)?.step == .refused(.contribution, entries[0].refusals), "the same reasons as the menu line")
        #expect(text.contains("2026年度已缴费"))
        #expect(text.contains("2027 年度从 2027-01-01"))
        #expect(text.contains("起可在本机缴费；想多缴多得"))
        try ScreenSnapshot.checkBoth(state, named: "villager-refused-alreadyPaid")
    }

    @Test("after the window closed, the contribution line gives next year's first day")
    func windowClosed() throws {
        let file = F.file(Self.payer, account: Self.account(Self.payer), history: F.history(Self.payer, years: Array(2013...2025)),
                          today: F.day("2026-12-28"))
        var state = F.session(file)
        #expect(Self.menuLines(state).contains { $0.contains("缴费（本年度已截止，2027-01-01 起可缴）") })
        let text = try Self.choose(.contribution, &state)
        #expect(text.contains("2027-01-01 起可在本机缴费"))
    }

    @Test("a transfer in progress marks every service it stops, and says whom to ask")
    func transferPending() throws {
        let file = F.file(Self.payer, account: Self.account(Self.payer, transferPending: true),
                          history: F.history(Self.payer, years: Array(2013...2025)))
        var state = F.session(file)
        let lines = Self.menuLines(state)
        #expect(lines.contains { $0.contains("缴费（转移办理中）") })
        #expect(lines.contains { $0.contains("申请注销登记（转移办理中）") })
        let text = try Self.choose(.cancellation, &state)
        #expect(text.contains("县里办结后即可办理"))
    }

    @Test("a cancellation waiting for the county is marked on its line and explained")
    func cancellationPending() throws {
        let file = F.file(Self.payer, account: Self.account(Self.payer, cancellationPending: true),
                          history: F.history(Self.payer, years: Array(2013...2025)))
        var state = F.session(file)
        #expect(Self.menuLines(state).contains { $0.contains("申请注销登记（注销申请待县审核）") })
        let text = try Self.choose(.cancellation, &state)
        #expect(text.contains("结果出来前不能重复申请"))
    }

    /// Pension age reached 2025-03-01: 13 years required (the scheme started in 2012), 5 paid, 8 short at 100 yuan.
    @Test("at 61 with too few years, the claim line says how many are short and choosing it gives the cost")
    func insufficientYears() throws {
        let person = F.person(born: "1965-03-01", name: "莫翠兰")
        let file = F.file(person, account: Self.account(person), history: F.history(person, years: Array(2016...2020)))
        var state = F.session(file)
        let claim = try #require(Self.menuLines(state).first { $0.contains("待遇申领") })
        #expect(claim.contains("（还差 8 年，先补缴）"))
        let text = try Self.choose(.benefitClaim, &state)
        #expect(text.contains("按最低档补缴 8 年共 800.00 元"))
        try ScreenSnapshot.checkBoth(state, named: "villager-refused-insufficientYears")
        F.press(.character("0"), &state)
        #expect(F.villager(state)?.step == .menu(selected: 0), "0 goes back to the menu")
    }

    @Test("in English the reason is in brackets on the line too")
    func english() throws {
        let file = F.file(Self.payer, account: Self.account(Self.payer), history: F.history(Self.payer, years: Array(2013...2026)))
        var state = F.session(file)
        state.language = .english
        #expect(Self.menuLines(state).contains { $0.contains("(2026 paid; 2027 payable from month 1)") })
    }
}
