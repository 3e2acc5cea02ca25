import Foundation
import Testing
import KioskDomain
@testable import KioskStore

/// The task list of a small fixture village whose every figure is worked out by hand below.
///
/// Village on 10 April 2026: workers A, B (paying), C (not enrolled, wanting work Jan-Mar), D (not enrolled,
/// farming), a pensioner aged 70 (receiving, not working: not in the labour force) and 10 full-time students who wish
/// to train as electricians (not adults for coverage, not in the labour force).
/// - Months counted: January, February, March (their 5ths have passed); April's is not due.
///   January: all 4 entered on 3 February: collected, on time. February: all 4, D's on 6 March: collected, late.
///   March: D missing: not collected. So collected 2 of 3, on time 1 of 3: items 1 and 2 not met.
/// - Weeks from the week of 1 January (Monday 29 December) to the week of 10 April: 15, a Friday publication in each.
///   Postings: 13 this year, 11 last; labour force 4, so 3x = 12 and 1.1 x 11 = 12.1: target 13, met. Item 3 met.
/// - March matching: C gets the 3 jobs of his trade: 1 seeker-month with 3; 1 message sent. Item 4 met.
/// - C is long-term unemployed in March (3 months), given guidance and 3 recommendations; reported once. Item 5 met.
/// - 10 wishes for 电工: 1 trade, 1 class requested and announced. Item 6 met.
/// - The class ended 31 March with C, still without work, recommended 2 related jobs: item 7 not met, no follow-up
///   overdue (due by 1 July).
/// - Coverage: adults A, B, C, D, the pensioner = 5; insured A, B, the pensioner = 3: 60.0%. Item 10 not met.
struct TaskListStoreTests {
    typealias S = StoreFixtures
    let today = S.day("2026-04-10")

    func village() throws -> (KioskStore, a: Person, c: Person) {
        let store = try KioskStore.inMemory(villageCode: S.village)
        let a = S.person(1, born: "1985-01-01"), b = S.person(2, born: "1990-01-01"), c = S.person(3, born: "1995-01-01"),
            d = S.person(4, born: "1980-01-01"), pensioner = S.person(5, born: "1956-01-01")
        let students: [Person] = (10..<20).map {
            var s = S.person($0, born: "2007-01-01")
            s.isFullTimeStudent = true
            return s
        }
        try store.database.write { db in
            for p in [a, b, c, d, pensioner] + students { try PersonRecord(p).insert(db) }
            for p in [a, b] { try AccountRecord(InsuranceAccount(personID: p.id, status: .paying, enrolledOn: S.day("2015-01-01"), tierYuan: 200)).insert(db) }
            try AccountRecord(InsuranceAccount(personID: pensioner.id, status: .receivingPension, enrolledOn: S.day("2011-01-01"))).insert(db)
        }
        func rec(_ p: Person, _ month: String, _ status: EmploymentStatus, _ entered: String) -> LabourForceRecord {
            LabourForceRecord(personID: p.id, month: CalendarMonth(iso: month)!, status: status, wantsJob: status == .unemployedWantingWork,
                              recordedBy: "XG-1", recordedAt: S.instant(entered))
        }
        var records: [LabourForceRecord] = []
        for (month, entered) in [("2026-01", "2026-02-03"), ("2026-02", "2026-02-28"), ("2026-03", "2026-04-02")] {
            records += [rec(a, month, .employed, entered), rec(b, month, .employed, entered),
                        rec(c, month, .unemployedWantingWork, entered)]
            if month == "2026-01" { records.append(rec(d, month, .selfEmployedOrFarming, entered)) }
            if month == "2026-02" { records.append(rec(d, month, .selfEmployedOrFarming, "2026-03-06")) }
        }
        // D's March record is missing; A's February record is corrected on 4 March (its first entry counts: on time).
        try store.saveLabourForce(records)
        try store.saveLabourForce(rec(a, "2026-02", .employed, "2026-03-04"))
        return (store, a, c)
    }

    func job(_ id: String, posted: String, title: String = "普工", occupation: String = "6-29") -> JobPosting {
        JobPosting(id: id, employer: "马山某厂", title: title, occupation: OccupationCode(code: occupation)!, industry: .C,
                   place: .ownCounty, wageMin: 3000, wageMax: 4000, headcount: 2, contact: "0771", source: .localEmployer,
                   postedOn: S.day(posted), validUntil: S.day(posted).adding(days: 120))
    }

    @Test func theFixtureVillagesTaskListMatchesTheFiguresWorkedOutByHand() throws {
        let (store, _, c) = try village()
        let actor = Actor.coordinator(id: "XG-1", name: "韦丽萍")
        for k in 0..<13 { try store.registerJob(job("N\(k)", posted: "2026-0\(1 + k % 3)-1\(k % 10)", title: k < 3 ? "电工" : "普工",
                                                   occupation: k < 3 ? "6-31" : "4-01"), actor: actor, at: S.instant("2026-03-01")) }
        for k in 0..<11 { try store.registerJob(job("L\(k)", posted: "2025-06-1\(k % 10)"), actor: actor, at: S.instant("2025-06-01")) }
        var friday = S.day("2026-01-02")
        while friday <= today {
            try store.recordPublication(on: friday, postings: 3, channel: "noticeBoard", actor: actor, at: S.instant(friday.iso))
            friday = friday.adding(days: 7)
        }
        let seeker = JobSeekerProfile(personID: c.id, name: "覃3", farthestPlace: .ownCounty, trade: "电工", expectedWage: 3000,
                                      phone: try PhoneNumber("13800138000"), registeredOn: S.day("2026-01-10"))
        let matching = MonthlyMatching(month: CalendarMonth(iso: "2026-03")!, day: S.day("2026-03-20"), seekers: [seeker],
                                       jobs: try store.jobs())
        #expect(matching.results.first?.outcome.matches.count == 3)
        try store.recordMatching(matching, messages: [SMSDraft(idempotencyKey: "match:2026-03:\(c.id.value)", phone: seeker.phone!,
                                                               body: "岗位", purpose: "match", personID: c.id)],
                                 actor: actor, at: S.instant("2026-03-20"))
        let message = try #require(try store.smsOutbox.pending().first)
        try store.smsOutbox.markSent(message.id, gatewayID: "g", at: S.instant("2026-03-20"))
        try store.recordGuidance(c.id, on: S.day("2026-03-10"), actor: actor, at: S.instant("2026-03-10"))
        for day in ["2026-03-11", "2026-03-18", "2026-03-25"] {
            try store.recordRecommendation(JobRecommendation(personID: c.id, purpose: .longTerm, jobIDs: ["N0"], recommendedOn: S.day(day)),
                                           actor: actor, at: S.instant(day))
        }
        try store.recordLongTermReport(CalendarMonth(iso: "2026-03")!, people: 1, actor: actor, at: S.instant("2026-04-03"))
        let students = (10..<20).map { S.person($0, born: "2007-01-01").id }
        for s in students { try store.saveTrainingWish(TrainingWish(personID: s, trade: "电工", registeredOn: S.day("2026-02-01")), actor: actor, at: S.instant("2026-02-01")) }
        let raised = try store.raiseClassRequests(on: S.day("2026-03-01"), actor: actor, at: S.instant("2026-03-01"))
        let training = try #require(raised.first)
        #expect(raised.count == 1 && training.people == 10)
        #expect(try store.raiseClassRequests(on: S.day("2026-03-02"), actor: actor, at: S.instant("2026-03-02")).isEmpty)
        try store.announceClass(training.id, on: S.day("2026-03-05"), messages: [], at: S.instant("2026-03-05"))
        try store.endClass(training.id, participants: [c.id], actor: actor, at: S.instant("2026-03-31"))
        for day in ["2026-04-01", "2026-04-08"] {
            try store.recordRecommendation(JobRecommendation(personID: c.id, purpose: .training, jobIDs: ["N1"], recommendedOn: S.day(day),
                                                             classID: training.id), actor: actor, at: S.instant(day))
        }

        let e = try store.taskListEvidence(year: 2026, on: today)
        #expect(e.monthsCounted == 3 && e.labourForce == 4)
        #expect(e.monthsCollected == 2 && e.monthsOnTime == 1)
        #expect(e.weeksCounted == 15 && e.weeksPublished == 15)
        #expect(e.postings == 13 && e.postingsLastYear == 11)
        #expect(e.seekerMonths == 1 && e.seekerMonthsWithThree == 1 && e.matchesSent == 1)
        #expect(e.longTermUnemployed == 1 && e.longTermUnemployedServed == 1 && e.longTermReportsMonths == 1)
        #expect(e.tradesReachingTen == 1 && e.classesRequested == 1 && e.classesAnnounced == 1)
        #expect(e.traineesWithoutWork == 1 && e.traineesRecommendedThree == 0 && e.followUpsOverdue == 0)
        #expect(e.adults == 5 && e.insured == 3)

        let items = AnnexTaskList.items(e, coverageTargetPerMille: 950)
        #expect(items.map(\.standing) == [.notMet, .notMet, .met, .met, .met, .met, .notMet, .counted, .counted, .notMet,
                                          .counted, .counted, .counted, .counted, .counted, .met, .paperEvidence])
        #expect(items[2].value("target_year") == "13" && items[9].value("coverage_percent") == "60.0")
    }
}
