import Foundation
@testable import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// A hand-built village for the coordinator's work screens, and a logged-in coordinator to drive them.
enum WorkFixture {
    typealias F = VillagerFixture
    static let village = "450124100210"

    static func person(_ name: String, born: String, sequence: Int, phone: String? = nil, address: String = "") -> Person {
        Person(id: F.idNumber(born: born, sequence: sequence), name: name, villageCode: village,
               phone: phone.map { try! PhoneNumber($0) }, address: address)
    }

    static func pensioner(_ name: String, born: String, sequence: Int, certifiedUntil: String, homeVisit: Bool) -> RosterEntry {
        let p = person(name, born: born, sequence: sequence, address: "那料村板六屯\(sequence)号")
        let account = InsuranceAccount(personID: p.id, status: .receivingPension, enrolledOn: CivilDate(iso: "2012-07-01"),
                                       tierYuan: 100, pensionStartMonth: CivilDate(iso: "2012-08-01"),
                                       monthlyPension: .yuan(163), certifiedUntil: CivilDate(iso: certifiedUntil))
        return RosterEntry(person: p, account: account, contributionYears: 15, needsHomeVisit: homeVisit)
    }

    static let overdue = pensioner("卢秀英", born: "1938-10-08", sequence: 282, certifiedUntil: "2026-11-20", homeVisit: true)
    static let due = pensioner("韦秀英", born: "1949-06-29", sequence: 330, certifiedUntil: "2026-12-10", homeVisit: true)
    static let walks = pensioner("蓝德福", born: "1950-03-02", sequence: 111, certifiedUntil: "2026-12-20", homeVisit: false)
    static let payer = RosterEntry(person: person("农志强", born: "1980-05-05", sequence: 151),
                                   account: InsuranceAccount(personID: F.idNumber(born: "1980-05-05", sequence: 151),
                                                             status: .paying, enrolledOn: CivilDate(iso: "2010-01-01"),
                                                             tierYuan: 300),
                                   contributionYears: 16)
    static let uninsuredWithPhone = RosterEntry(person: person("黄美玲", born: "1990-02-14", sequence: 242, phone: "13877112233"),
                                                account: InsuranceAccount(personID: F.idNumber(born: "1990-02-14", sequence: 242)))
    static let uninsuredNoPhone = RosterEntry(person: person("潘国强", born: "1985-08-08", sequence: 171),
                                              account: InsuranceAccount(personID: F.idNumber(born: "1985-08-08", sequence: 171)))
    static let nearSixty = RosterEntry(person: person("梁桂兰", born: "1967-03-15", sequence: 262, phone: "13977665544"),
                                       account: InsuranceAccount(personID: F.idNumber(born: "1967-03-15", sequence: 262),
                                                                 status: .paying, enrolledOn: CivilDate(iso: "2016-01-01"),
                                                                 tierYuan: 200),
                                       contributionYears: 9)

    static var roster: VillageRoster {
        VillageRoster.make(entries: [overdue, due, walks, payer, uninsuredWithPhone, uninsuredNoPhone, nearSixty],
                           on: F.today, policy: F.policy)
    }

    static let settings = KioskSettings(villageName: "马山县白山镇那料村", hasPrinter: true)

    /// A coordinator logged in through card and PIN, on the menu.
    static func loggedIn(settings: KioskSettings = settings) -> KioskState {
        var state = Fixture.state(settings: settings)
        _ = KioskReducer.reduce(&state, .key(.character("9")))
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "r")))
        _ = KioskReducer.reduce(&state, .card(.read(CoordinatorLoginTests.coordinatorCard)))
        _ = KioskReducer.reduce(&state, .coordinatorIdentified(CoordinatorLoginTests.identity))
        _ = CoordinatorLoginTests.type(&state, "123456")
        _ = KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted))
        return state
    }

    /// The menu number of a choice.
    static func key(_ choice: CoordinatorChoice) -> Key {
        .character(Character("\((CoordinatorChoice.allCases.firstIndex(of: choice) ?? 0) + 1)"))
    }

    /// Passes the coordinator's PIN asked again before a harmful act: the PIN typed, sent to be checked, accepted.
    /// Returns the effects the acceptance lets go (the act's record).
    static func passPIN(_ state: inout KioskState, sourceLocation: SourceLocation = #_sourceLocation) -> [KioskEffect] {
        guard case .coordinatorPINRecheck = state.screen else {
            Issue.record("the coordinator's PIN was not asked again: \(state.screen)", sourceLocation: sourceLocation)
            return []
        }
        #expect(type(&state, "123456") == [.verifyCoordinatorPIN(cardNumber: CoordinatorLoginTests.identity.cardNumber,
                                                                  pin: "123456")], sourceLocation: sourceLocation)
        return KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted))
    }

    /// Types text, then Enter.
    static func type(_ state: inout KioskState, _ text: String) -> [KioskEffect] {
        text.flatMap { KioskReducer.reduce(&state, .key(.character($0))) } + KioskReducer.reduce(&state, .key(.enter))
    }

    static let actor = Actor.coordinator(id: "XG-450124-017", name: "韦丽萍")

    static func receipt(_ service: ServiceKind, for person: Person, actor: Actor = actor) -> Receipt {
        let summary: [String: String] = service == .certification ? ["nextDue": "2027-11-30", "backPay": "0.00"] : [
            "diedOn": "2026-11-18", "source": "relative", "lastPensionMonth": "2026-11-01", "pensionStopsFrom": "2026-12-01",
            "overpaidMonths": "0", "overpaid": "0.00", "pendingCancellation": "yes",
        ]
        return Receipt(number: "450124100210-20261130-0009", villageCode: village, service: service, personID: person.id,
                personName: person.name, businessDate: F.today, summary: summary, amount: nil, actor: actor,
                recordedAt: Date(timeIntervalSince1970: 1_796_000_000))
    }

    /// Moves the clock on by `seconds`.
    static func wait(_ state: inout KioskState, seconds: Int) {
        let c = state.clock
        let total = c.hour * 3600 + c.minute * 60 + c.second + seconds
        _ = KioskReducer.reduce(&state, .clock(WallClockTime(year: c.year, month: c.month, day: c.day, hour: total / 3600,
                                                             minute: total / 60 % 60, second: total % 60)))
    }
}

/// The coordinator menu with the work entries, and the rosters page.
struct CoordinatorRosterTests {
    typealias W = WorkFixture

    @Test func theMenuOffersTheWorkWithLogOutAndCloseLast() throws {
        let state = W.loggedIn()
        #expect(Array(CoordinatorChoice.allCases.prefix(9).suffix(2)) == [.logOut, .closeKiosk] && CoordinatorChoice.allCases.last == .employment)
        try ScreenSnapshot.check(state, named: "coordinator-work-menu-zh-80x24")
    }

    @Test func rostersShowCoverageAgainstTheTargetThenThePagedLists() throws {
        var state = W.loggedIn()
        #expect(KioskReducer.reduce(&state, .key(W.key(.rosters))) == [.loadVillageRoster])
        #expect(ScreenSnapshot.text(of: state).contains("正在读取本村数据"))
        _ = KioskReducer.reduce(&state, .villageRosterLoaded(W.roster))
        let text = ScreenSnapshot.text(of: state)
        // 7 adults: 3 pensioners, 2 payers insured; 2 uninsured -> 5/7 = 71.4 %.
        #expect(text.contains("71.4%"))
        try ScreenSnapshot.checkBoth(state, named: "coordinator-rosters")
        let bar = ScreenSnapshot.text(of: state).split(separator: "\n").first { $0.contains("█") }
        #expect(bar?.contains("71.4%（目标 95.0%）") == true, "the coverage bar has its figures beside it")
        #expect(bar?.contains("┊") == true, "the target not yet reached is marked on the bar")

        _ = KioskReducer.reduce(&state, .key(.character("1")))
        let uninsured = ScreenSnapshot.text(of: state)
        #expect(uninsured.contains("黄美玲") && uninsured.contains("13877112233") && uninsured.contains("无电话"))
        #expect(!uninsured.contains(W.uninsuredWithPhone.person.id.value), "IDs are masked")
        try ScreenSnapshot.check(state, named: "coordinator-rosters-uninsured-zh-80x24")
        _ = KioskReducer.reduce(&state, .key(.escape))
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        let certification = ScreenSnapshot.text(of: state)
        #expect(certification.contains("卢秀英") && certification.contains("已逾期（2026-11-20）"))
        #expect(certification.contains("韦秀英") && certification.contains("2026-12-10 前认证"))
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        _ = KioskReducer.reduce(&state, .key(.character("3")))
        let approaching = ScreenSnapshot.text(of: state)
        #expect(approaching.contains("梁桂兰") && approaching.contains("2027-03-15 满 60 岁，已缴 9 年"))
        try ScreenSnapshot.check(state, named: "coordinator-rosters-approaching-zh-80x24")
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        #expect(state.screen == .coordinator(.menu(selected: 1)))
    }

    @Test func aLongListIsPagedWithEightAndNine() {
        var state = W.loggedIn()
        _ = KioskReducer.reduce(&state, .key(W.key(.rosters)))
        let many = (0..<12).map { index in
            RosterEntry(person: W.person("村民\(index)", born: "1990-01-0\(index % 9 + 1)", sequence: 500 + index),
                        account: InsuranceAccount(personID: W.person("x", born: "1990-01-0\(index % 9 + 1)", sequence: 500 + index).id))
        }
        _ = KioskReducer.reduce(&state, .villageRosterLoaded(VillageRoster.make(entries: many, on: W.F.today, policy: W.F.policy)))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        #expect(ScreenSnapshot.text(of: state).contains("第 1/2 页") || ScreenSnapshot.text(of: state).contains("1/2"))
        _ = KioskReducer.reduce(&state, .key(.character("9")))
        guard case .coordinator(.work(.rosters(let view))) = state.screen else { Issue.record("left the rosters"); return }
        #expect(view.page == .list(.uninsured, selected: 7))
    }

    @Test func aStoreFailureIsSaidPlainlyAndLeadsBack() {
        var state = W.loggedIn()
        _ = KioskReducer.reduce(&state, .key(W.key(.rosters)))
        _ = KioskReducer.reduce(&state, .coordinatorWorkFailed(UserMessage("villager.error.storeUnavailable")))
        #expect(ScreenSnapshot.text(of: state).contains("暂时查不到"))
        _ = KioskReducer.reduce(&state, .key(.enter))
        #expect(state.screen == .coordinator(.menu(selected: 1)))
    }
}
