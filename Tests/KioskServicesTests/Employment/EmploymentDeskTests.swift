import Foundation
import Testing
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore
@testable import KioskServices

/// The coordinator desk's employment work on the demo village at chosen days: the month's list, confirmations saved as
/// new versions, matching queued once, the weekly notice recorded.
struct EmploymentDeskTests {
    static let folder = KioskAssets.url("demo/village")

    static func desk(on day: String) throws -> (CoordinatorDesk, KioskStore, KioskClock) {
        let base = KioskClock.fixed(Date(timeIntervalSince1970: 0), timeZone: KioskStore.chinaTime)
        let clock = KioskClock.fixed(base.instant(on: CivilDate(iso: day)!, hour: 10), timeZone: KioskStore.chinaTime)
        let village = try DemoVillage.description(from: folder)
        let store = try KioskStore.inMemory(villageCode: village.villageCode)
        try DemoVillage.seed(into: store, from: folder, at: clock.now())
        return (CoordinatorDesk(store: store, clock: clock, policies: try StoreOpening.policies()), store, clock)
    }

    static let strings = try! StringCatalog.load(from: KioskAssets.url("strings"))
    static let actor = Actor.coordinator(id: "XG-450124-017", name: "韦丽萍")

    @Test(arguments: ["2026-12-03", "2027-01-05", "2028-02-29"])
    func theMonthsListIsLastMonthUpToTheFifthAndConfirmationsAddVersions(day: String) throws {
        let (desk, store, clock) = try Self.desk(on: day)
        let inbox = EventInbox()
        desk.loadLabourForceMonth(posting: inbox)
        guard case .labourForceMonthLoaded(let month, let due, let rows) = try DeskClockTests.answer(inbox) else {
            Issue.record("no list")
            return
        }
        #expect(month == LabourForceDeadline.monthToConfirm(on: clock.today) && due == LabourForceDeadline.dueDay(for: month))
        #expect(rows.count > 150 && rows.filter { $0.last != nil }.count > 150)
        let pick = rows.filter { $0.last != nil && $0.current == nil }.prefix(3)
        var changes: [IDNumber: LabourForceChange] = [:]
        for row in pick { changes[row.personID] = .unchanged }
        let last = try #require(pick.last)
        changes[last.personID] = .status(.unemployedWantingWork)
        desk.confirmLabourForce(month, changes: changes, actor: Self.actor, posting: inbox)
        #expect(try DeskClockTests.answer(inbox) == .labourForceConfirmed(count: 3))
        let history = try store.labourForceHistory()
        let first = try #require(pick.first)
        #expect(history.record(first.personID, month)?.sameFacts(as: first.last!) == true)
        #expect(history.record(last.personID, month)?.status == .unemployedWantingWork)
        #expect(history.record(last.personID, month)?.recordedBy == "XG-450124-017")
        // Correcting the same month adds a version and keeps the first.
        desk.confirmLabourForce(month, changes: [last.personID: .status(.employed)], actor: Self.actor, posting: inbox)
        _ = try DeskClockTests.answer(inbox)
        #expect(try store.labourForceVersions(last.personID).filter { $0.month == month }.map(\.version) == [1, 2])
    }

    @Test func matchingTwiceInAMonthQueuesEachMessageOnce() throws {
        let (desk, store, _) = try Self.desk(on: "2026-11-30")
        let inbox = EventInbox()
        desk.runMonthlyMatching(actor: Self.actor, strings: Self.strings, posting: inbox)
        guard case .jobsMatched(let first) = try DeskClockTests.answer(inbox) else {
            Issue.record("no matching")
            return
        }
        #expect(first.seekers >= 15 && first.incomplete == 2 && first.messages > 0)
        desk.runMonthlyMatching(actor: Self.actor, strings: Self.strings, posting: inbox)
        guard case .jobsMatched(let second) = try DeskClockTests.answer(inbox) else { return }
        #expect(second.messages == 0 && second.matched == first.matched)
        let message = try #require(try store.smsOutbox.pending().first)
        #expect(message.body.hasPrefix("【村级就业服务】为您匹配") && !message.body.contains("{"))
    }

    @Test func theJobsSentToTheLongTermUnemployedAreRecordedAsRecommendationsOnceAMonth() throws {
        let (coordinatorDesk, store, clock) = try Self.desk(on: "2026-11-30")
        let desk = EmploymentDesk(store: store, clock: clock, strings: Self.strings, policies: try StoreOpening.policies())
        let month = CalendarMonth(clock.today)
        let matching = try desk.runMonthlyMatching(month, actor: Self.actor)
        let longTerm = Set(LongTermUnemployedRule.list(in: LabourForceDeadline.lastClosedMonth(on: clock.today),
                                                       history: try store.labourForceHistory()).map(\.person))
        let sent = matching.results.filter { longTerm.contains($0.seeker.personID) && $0.seeker.phone != nil && !$0.outcome.matches.isEmpty }
        try #require(!sent.isEmpty, "the demo village has long-term unemployed seekers with a phone and matches")
        for (seeker, outcome) in sent {
            #expect(try store.recommendedJobIDs(seeker.personID, purpose: .longTerm) == outcome.matches.map(\.jobID))
            #expect(try store.recommendationDays(seeker.personID, purpose: .longTerm).allSatisfy { $0 == clock.today })
        }
        // Nobody else is counted as served, and a second run in the month records nothing more.
        let others = matching.results.filter { !longTerm.contains($0.seeker.personID) }
        for (seeker, _) in others { #expect(try store.recommendationDays(seeker.personID, purpose: .longTerm).isEmpty) }
        _ = try desk.runMonthlyMatching(month, actor: Self.actor)
        for (seeker, outcome) in sent {
            #expect(try store.recommendationDays(seeker.personID, purpose: .longTerm).count == outcome.matches.count)
        }
        // The coordinator's list shows them.
        let inbox = EventInbox()
        coordinatorDesk.loadLongTermUnemployed(posting: inbox)
        guard case .longTermUnemployedLoaded(_, let rows) = try DeskClockTests.answer(inbox) else {
            Issue.record("no list")
            return
        }
        let served = try #require(rows.first { $0.personID == sent[0].seeker.personID })
        #expect(served.recommendations == sent[0].outcome.matches.count)
    }

    @Test func theLongTermUnemployedAndTheWeeklyNoticeComeFromTheStore() throws {
        let (desk, store, clock) = try Self.desk(on: "2026-11-30")
        let inbox = EventInbox()
        desk.loadLongTermUnemployed(posting: inbox)
        guard case .longTermUnemployedLoaded(_, let rows) = try DeskClockTests.answer(inbox) else {
            Issue.record("no list")
            return
        }
        #expect(rows.count >= 5 && rows.allSatisfy { $0.months >= 3 })
        let before = try store.publicationDays(year: 2026).count
        desk.publishWeeklyNotice(actor: Self.actor, printer: nil, strings: Self.strings, posting: inbox)
        guard case .weeklyNoticePublished(let lines, let failure) = try DeskClockTests.answer(inbox) else { return }
        #expect(failure == UserMessage("print.error.notFound"))
        #expect(lines.first?.hasPrefix("本周就业岗位信息（2026-11-30") == true && lines.count > 3)
        #expect(try store.publicationDays(year: 2026).count == before + 1 && store.publicationDays(year: 2026).last == clock.today)
    }
}

/// The weekly notice's lines, WeChat text and A4 sheet.
struct WeeklyJobNoticeTests {
    @Test func theNoticeListsOpenJobsNewestFirstAndTheSheetEscapesItsText() throws {
        let day = CivilDate(iso: "2026-11-30")!
        func job(_ id: String, posted: String, until: String = "2026-12-31", title: String = "电工") -> JobPosting {
            JobPosting(id: id, employer: "马山<某>厂", title: title, occupation: OccupationCode(code: "6-31")!, industry: .C,
                       place: .ownCounty, wageMin: 3500, wageMax: 4500, headcount: 2, contact: "0771-1", source: .localEmployer,
                       postedOn: CivilDate(iso: posted)!, validUntil: CivilDate(iso: until)!)
        }
        let jobs = WeeklyJobNotice.jobs([job("A", posted: "2026-11-01"), job("B", posted: "2026-11-20"),
                                         job("C", posted: "2026-10-01", until: "2026-11-29")], on: day)
        #expect(jobs.map(\.id) == ["B", "A"])
        let lines = WeeklyJobNotice.lines(jobs, on: day, strings: EmploymentDeskTests.strings)
        #expect(lines == ["本周就业岗位信息（2026-11-30，共2个）",
                          "1. 电工，马山<某>厂，县内，3500-4500元/月，招2人，电话0771-1",
                          "2. 电工，马山<某>厂，县内，3500-4500元/月，招2人，电话0771-1",
                          "详情请咨询村就业社保协管员"])
        let html = WeeklyJobNotice.html(lines)
        #expect(html.contains("马山&lt;某&gt;厂") && !html.contains("<某>") && html.contains("size: A4"))
        #expect(WeeklyJobNotice.weChatText(lines).split(separator: "\n").count == 4)
    }
}
