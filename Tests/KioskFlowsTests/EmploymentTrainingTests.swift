import Foundation
import Testing
import KioskDomain
@testable import KioskFlows

/// The coordinator's training screen (class requests, announcements, follow-ups) and guidance recorded from the
/// long-term unemployed list, fed by events and read from the screen.
struct EmploymentTrainingTests {
    typealias W = WorkFixture
    static let day = CivilDate(iso: "2026-11-30")!

    static func atEmployment() -> KioskState {
        var state = W.loggedIn()
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        return state
    }

    static let overview = TrainingOverview(
        classes: [
            .init(id: 1, trade: "缝纫工", people: 11, requestedOn: CivilDate(iso: "2026-06-02")!, announcedOn: CivilDate(iso: "2026-06-05")!,
                  endedOn: CivilDate(iso: "2026-07-31")!),
            .init(id: 2, trade: "电工", people: 12, requestedOn: day, announcedOn: nil, endedOn: nil),
        ],
        followUps: [
            .init(classID: 1, personID: VillagerFixture.idNumber(born: "1990-03-03", sequence: 21), name: "黄海军",
                  maskedID: "4501**********4298", trade: "缝纫工", status: .visitOverdue(since: CivilDate(iso: "2026-11-02")!)),
            .init(classID: 1, personID: VillagerFixture.idNumber(born: "1991-04-04", sequence: 22), name: "韦美兰",
                  maskedID: "4501**********1221", trade: "缝纫工", status: .visitDue(by: CivilDate(iso: "2026-12-20")!)),
            .init(classID: 1, personID: VillagerFixture.idNumber(born: "1992-05-05", sequence: 23), name: "蓝新华",
                  maskedID: "4501**********0014", trade: "缝纫工", status: .recommendationsOwed(left: 2)),
            .init(classID: 1, personID: VillagerFixture.idNumber(born: "1993-06-06", sequence: 24), name: "覃志明",
                  maskedID: "4501**********3312", trade: "缝纫工", status: .done),
        ])

    @Test("The training screen lists the class requests and the follow-ups with what is due; 1 announces only a request not yet announced")
    func trainingScreen() throws {
        var state = Self.atEmployment()
        #expect(KioskReducer.reduce(&state, .key(.character("6"))) == [.loadTraining(actor: W.actor)])
        _ = KioskReducer.reduce(&state, .trainingLoaded(Self.overview))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("电工  12 人  2026-11-30 申请  未通知（按 1 发送开班通知）"))
        #expect(text.contains("培训后回访：待办 3 / 共 4") && text.contains("回访已逾期（自 2026-11-02）"))
        #expect(text.contains("还需推介 2 次相关岗位") && text.contains("回访截止 2026-12-20"))
        try ScreenSnapshot.checkBoth(state, named: "coordinator-employment-training")
        // The highlight starts on the request not yet announced.
        #expect(KioskReducer.reduce(&state, .key(.character("1"))) == [.announceTrainingClass(id: 2, actor: W.actor)])
        var announced = Self.overview
        announced.classes[1].announcedOn = Self.day
        announced.announcedTo = 9
        _ = KioskReducer.reduce(&state, .trainingLoaded(announced))
        #expect(ScreenSnapshot.text(of: state).contains("已向 9 人发送开班通知短信"))
        // Every request is announced now: 1 does nothing.
        #expect(KioskReducer.reduce(&state, .key(.character("1"))).isEmpty)
        _ = KioskReducer.reduce(&state, .key(.up))
        #expect(KioskReducer.reduce(&state, .key(.character("1"))).isEmpty)
        _ = KioskReducer.reduce(&state, .key(.escape))
        guard case .coordinator(.work(.employment(let form))) = state.screen else { Issue.record("left the employment work"); return }
        #expect(form.step == .menu(selected: 5))
    }

    @Test("On the long-term unemployed list 1 records guidance for the highlighted person and the list is read again")
    func guidanceFromTheList() throws {
        var state = Self.atEmployment()
        #expect(KioskReducer.reduce(&state, .key(.character("2"))) == [.loadLongTermUnemployed])
        let rows = [LongTermRow(personID: VillagerFixture.idNumber(born: "1980-01-01", sequence: 11), name: "黄海军", months: 5,
                                recommendations: 3, guidanceGiven: true),
                    LongTermRow(personID: VillagerFixture.idNumber(born: "1982-02-02", sequence: 12), name: "潘国强", months: 3,
                                recommendations: 0, guidanceGiven: false)]
        _ = KioskReducer.reduce(&state, .longTermUnemployedLoaded(month: CalendarMonth(iso: "2026-10")!, rows: rows))
        #expect(ScreenSnapshot.text(of: state).contains("按 1 记录今天已给予就业指导"))
        _ = KioskReducer.reduce(&state, .key(.down))
        #expect(KioskReducer.reduce(&state, .key(.character("1"))) == [.recordGuidance(rows[1].personID, actor: W.actor)])
        var given = rows
        given[1].guidanceGiven = true
        _ = KioskReducer.reduce(&state, .longTermUnemployedLoaded(month: CalendarMonth(iso: "2026-10")!, rows: given))
        guard case .coordinator(.work(.employment(let form))) = state.screen, case .longTerm(_, let shown, _) = form.step else {
            Issue.record("not on the list")
            return
        }
        #expect(shown == given)
    }
}
