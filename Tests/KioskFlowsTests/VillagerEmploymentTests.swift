import Foundation
import Testing
import KioskDomain
@testable import KioskFlows

/// The villager's own employment services at the kiosk: registering as a job seeker and changing the wishes, a
/// training wish, and the matched jobs with their reasons, driven through `KioskReducer.reduce` and read from the screen.
struct VillagerEmploymentTests {
    typealias S = SchemeFlowFixture
    static let person = S.person(born: "1985-03-15", name: "覃志明")

    static func job(_ id: String, title: String, place: PlaceOfWork, wage: ClosedRange<Int>, occupation: Int = 6,
                    industry: IndustrySection = .C) -> JobPosting {
        JobPosting(id: id, employer: "马山县某电子厂", title: title, occupation: OccupationCode(majorGroup: occupation)!,
                   industry: industry, place: place, wageMin: wage.lowerBound, wageMax: wage.upperBound, headcount: 3,
                   contact: "0771-6800000", source: .localEmployer, postedOn: S.today, validUntil: S.day("2026-12-31"))
    }

    static let jobs = [
        job("J1", title: "电工", place: .ownCounty, wage: 3500...4500),
        job("J2", title: "装配工", place: .ownTownship, wage: 2800...3200),
        job("J3", title: "维修电工", place: .ownTownship, wage: 4000...5000),
        job("J4", title: "厨师", place: .ownCounty, wage: 3000...3600, occupation: 4, industry: .H),
        job("J5", title: "电工", place: .otherCountyOfPrefecture, wage: 5000...6000),
    ]

    static func profile(place: PlaceOfWork? = .ownCounty, trade: String? = "电工") -> JobSeekerProfile {
        JobSeekerProfile(personID: person.id, name: person.name, farthestPlace: place, occupations: [OccupationCode(majorGroup: 6)!],
                         industries: [.C], trade: trade, expectedWage: 4000, registeredOn: S.day("2026-11-02"),
                         status: .unemployedWantingWork)
    }

    /// The person's session with an employment file, at the employment menu (key 3: enrolment, queries, employment).
    static func atEmployment(_ employment: VillagerEmployment = VillagerEmployment(), language: Language = .chinese) -> KioskState {
        var file = S.file(person, account: .notEnrolled(person.id))
        file.employment = employment
        var state = S.session(file)
        state.language = language
        #expect(S.villager(state)?.services == [.enrolment, .queries, .employment])
        S.press(.character("3"), &state)
        return state
    }

    static func step(_ state: KioskState) -> EmploymentServiceFlow.Step? {
        if case .employment(let flow)? = S.flow(state) { return flow.step }
        return nil
    }

    @Test("The employment menu offers registration, matches and a training wish, in both languages")
    func menu() throws {
        let state = Self.atEmployment()
        #expect(Self.step(state) == .menu(selected: 0))
        try ScreenSnapshot.checkBoth(state, named: "villager-employment-menu")
        let registered = Self.atEmployment(.matched(profile: Self.profile(), trainingTrades: [], jobs: Self.jobs, on: S.today))
        #expect(S.text(registered).contains("[1] 修改求职意愿"))
    }

    @Test("Registering walks status, occupation, industry, place, wage and trade to the confirmation, asks no card PIN, and records one business event")
    func registration() throws {
        var state = Self.atEmployment()
        S.press(.character("1"), &state)
        #expect(Self.step(state) == .status(selected: 0))
        S.press(.character("1"), &state)                     // unemployed and wanting work
        S.press(.character("6"), &state)                     // major group 6: production and manufacturing
        #expect(Self.step(state) == .industry(selected: 0))  // industries page 1: A-G
        S.press(.character("9"), &state)                     // page 2: H-N
        S.press(.character("9"), &state)                     // page 3: O-T and "any"
        #expect(S.text(state).contains("不限"))
        S.press(.character("8"), &state)                     // back to page 2
        S.press(.character("8"), &state)                     // page 1
        S.press(.character("3"), &state)                     // C manufacturing
        #expect(Self.step(state) == .place(selected: 1))
        S.press(.character("2"), &state)                     // own county
        S.type("4000", &state)
        S.press(.enter, &state)
        S.type("电工", &state)
        S.press(.enter, &state)
        guard case .confirming(let pending)? = S.villager(state)?.step else {
            Issue.record("not at the confirmation: \(S.text(state))")
            return
        }
        let expected = JobSeekerProfile(personID: Self.person.id, name: Self.person.name, farthestPlace: .ownCounty,
                                        occupations: [OccupationCode(majorGroup: 6)!], industries: [.C], trade: "电工",
                                        expectedWage: 4000, registeredOn: S.today, status: .unemployedWantingWork)
        #expect(pending.event == .jobSeekerRegistration(expected))
        try ScreenSnapshot.checkBoth(state, named: "villager-employment-confirm")
        let effects = KioskReducer.reduce(&state, .key(.character("1")))
        #expect(effects == [.record(.jobSeekerRegistration(expected), .selfService)])
    }

    @Test("Changing wishes starts from the profile in force, and Esc steps back one question at a time to the menu")
    func changeAndBack() throws {
        var state = Self.atEmployment(.matched(profile: Self.profile(), trainingTrades: [], jobs: Self.jobs, on: S.today))
        S.press(.character("1"), &state)
        #expect(Self.step(state) == .status(selected: 0))
        S.press(.enter, &state)
        #expect(Self.step(state) == .occupation(selected: 5))
        S.press(.enter, &state)
        #expect(Self.step(state) == .industry(selected: 2))
        S.press(.enter, &state)
        S.press(.enter, &state)
        guard case .wage(let entry)? = Self.step(state) else { Issue.record("not at the wage"); return }
        #expect(entry.text == "4000")
        for _ in 0..<4 { S.press(.backspace, &state) }
        S.press(.enter, &state)                              // an empty wage is left unset
        guard case .trade(let trade)? = Self.step(state) else { Issue.record("not at the trade"); return }
        #expect(trade.text == "电工")
        S.press(.escape, &state)
        #expect({ if case .wage? = Self.step(state) { true } else { false } }())
        S.press(.escape, &state)
        #expect(Self.step(state) == .place(selected: 1))
        S.press(.escape, &state)
        S.press(.escape, &state)
        S.press(.escape, &state)
        #expect(Self.step(state) == .status(selected: 0))
        S.press(.escape, &state)
        #expect(Self.step(state) == .menu(selected: 0))
        S.press(.escape, &state)
        #expect(S.villager(state)?.step == .menu(selected: 0))
    }

    @Test("A wage of 0 is refused with a message on the same screen, the typed text kept; nothing is recorded")
    func badWage() throws {
        var state = Self.atEmployment()
        for key in ["1", "1", "6"] { S.press(.character(Character(key)), &state) }
        S.press(.character("1"), &state)
        S.press(.character("2"), &state)
        S.type("0", &state)
        let effects = KioskReducer.reduce(&state, .key(.enter))
        #expect(effects.isEmpty)
        guard case .wage(let entry)? = Self.step(state) else { Issue.record("not at the wage"); return }
        #expect(entry.text == "0")
        #expect(S.text(state).contains("请输入 1 到 99999 之间的整数"))
        S.press(.backspace, &state)
        S.type("3000", &state)
        S.press(.enter, &state)
        #expect({ if case .trade? = Self.step(state) { true } else { false } }())
        #expect(!S.text(state).contains("请输入 1 到 99999"))
    }

    @Test("Matches are listed best first with their reasons, in Chinese and in English, and too few are said so")
    func matches() throws {
        let employment = VillagerEmployment.matched(profile: Self.profile(), trainingTrades: [], jobs: Self.jobs, on: S.today)
        // 维修电工 105 (group 25, trade 30, industry 15, township 15, wage from the expectation up 20), 电工 92 (county 12,
        // range reaching it 10), 装配工 55; the cook is neither the group, the trade nor the industry wished, and the
        // best-paid 电工 is beyond the county, farther than the seeker accepts.
        #expect(employment.matches.map(\.job.id) == ["J3", "J1", "J2"])
        #expect(employment.matches.map(\.match.score) == [105, 92, 55])
        var state = Self.atEmployment(employment)
        S.press(.character("2"), &state)
        #expect(Self.step(state) == .matches)
        let text = S.text(state)
        #expect(text.contains("1. 维修电工（马山县某电子厂）") && text.contains("2. 电工（马山县某电子厂）"))
        #expect(text.contains("职业大类相符，技能相符：电工，意向行业：制造业，县内，工资 3500-4500 元"))
        #expect(!text.contains("厨师"))
        try ScreenSnapshot.checkBoth(state, named: "villager-employment-matches")
        S.press(.character("0"), &state)
        #expect(Self.step(state) == .menu(selected: 1))

        let few = VillagerEmployment.matched(profile: Self.profile(place: .ownTownship), trainingTrades: [], jobs: Self.jobs, on: S.today)
        var short = Self.atEmployment(few)
        S.press(.character("2"), &short)
        #expect(S.text(short).contains("仅有 2 个岗位符合条件"))
    }

    @Test("An incomplete profile is shown as incomplete with what is missing, never with jobs; no profile says to register")
    func incompleteAndUnregistered() throws {
        let employment = VillagerEmployment.matched(profile: Self.profile(place: nil), trainingTrades: [], jobs: Self.jobs, on: S.today)
        #expect(employment.matches.isEmpty)
        var state = Self.atEmployment(employment)
        S.press(.character("2"), &state)
        let text = S.text(state)
        #expect(text.contains("求职信息不完整，暂不匹配") && text.contains("缺少：最远工作地点"))
        #expect(!text.contains("电工（"))
        try ScreenSnapshot.check(state, named: "villager-employment-incomplete-zh-80x24")
        var none = Self.atEmployment()
        S.press(.character("2"), &none)
        #expect(S.text(none).contains("您还没有求职登记"))
    }

    @Test("A training wish is confirmed as one business event; an empty trade or one already wished is refused with a message")
    func trainingWish() throws {
        var state = Self.atEmployment(VillagerEmployment(trainingTrades: ["焊工"]))
        S.press(.character("3"), &state)
        #expect(S.text(state).contains("您已登记的培训意愿：焊工"))
        S.press(.enter, &state)
        #expect(S.text(state).contains("请输入想培训的工种"))
        S.type("焊工", &state)
        S.press(.enter, &state)
        #expect(S.text(state).contains("您已登记过“焊工”的培训意愿"))
        for _ in 0..<2 { S.press(.backspace, &state) }
        S.type("电工", &state)
        S.press(.enter, &state)
        guard case .confirming(let pending)? = S.villager(state)?.step else {
            Issue.record("not at the confirmation: \(S.text(state))")
            return
        }
        let wish = TrainingWish(personID: Self.person.id, trade: "电工", registeredOn: S.today)
        #expect(pending.event == .trainingWish(wish))
        try ScreenSnapshot.checkBoth(state, named: "villager-employment-training-confirm")
        #expect(KioskReducer.reduce(&state, .key(.enter)) == [.record(.trainingWish(wish), .selfService)])
    }
}
