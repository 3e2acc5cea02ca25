import Foundation
import Testing
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore
@testable import KioskServices

/// The coordinator desk after a class on the demo village: the electricians' class ended with three of its wishers,
/// related jobs recommended to one of them from the matching, and the follow-up visit recorded.
struct AfterClassDeskTests {
    typealias E = EmploymentDeskTests

    @Test("End the electricians' class with three wishers, recommend three jobs naming the trade to one, record the visit: the follow-up is done")
    func endRecommendVisit() throws {
        let (desk, store, clock) = try E.desk(on: "2026-11-30")
        let inbox = EventInbox()
        desk.loadTraining(actor: E.actor, posting: inbox)
        guard case .trainingLoaded(let overview) = try DeskClockTests.answer(inbox),
              let electricians = overview.classes.first(where: { $0.trade == "电工" }) else { Issue.record("no class"); return }
        desk.announceTrainingClass(electricians.id, actor: E.actor, strings: E.strings, posting: inbox)
        _ = try DeskClockTests.answer(inbox)

        desk.loadClassCandidates(electricians.id, posting: inbox)
        guard case .classCandidatesLoaded(let ending) = try DeskClockTests.answer(inbox) else { Issue.record("no candidates"); return }
        let wishers = Set(try store.trainingWishes().filter { $0.trade == "电工" }.map(\.personID))
        #expect(ending.trade == "电工" && ending.candidates.count >= TrainingClassRule.minimumWishes)
        #expect(ending.candidates.allSatisfy { wishers.contains($0.personID) })
        let picked = ending.candidates.prefix(3).map(\.personID)
        desk.endTrainingClass(electricians.id, participants: picked, actor: E.actor, posting: inbox)
        guard case .trainingLoaded(let ended) = try DeskClockTests.answer(inbox) else { Issue.record("not ended"); return }
        #expect(ended.notice == UserMessage("employment.afterClass.ended", ["trade": "电工", "count": "3"]))
        #expect(ended.classes.first { $0.id == electricians.id }?.endedOn == clock.today)
        let trainees = ended.followUps.filter { $0.classID == electricians.id }
        #expect(Set(trainees.map(\.personID)) == Set(picked))
        #expect(trainees.allSatisfy { $0.status == .recommendationsOwed(left: 3) })
        // The demo has one open electricians' job today; the county office sends two more.
        let open = try #require(try store.openJobs(on: clock.today).first { $0.title.contains("电工") })
        for (id, title) in [("J20261130-901", "维修电工"), ("J20261130-902", "建筑电工")] {
            var job = open
            job.id = id
            job.title = title
            try store.registerJob(job, actor: E.actor, at: clock.now())
        }
        // The trainee with the most related jobs open (a registered seeker's own limits on place and age still apply).
        var offers: [(TrainingOverview.FollowUpLine, TraineeJobsPick)] = []
        for line in trainees {
            desk.loadTraineeJobs(classID: electricians.id, person: line.personID, posting: inbox)
            guard case .traineeJobsLoaded(let pick) = try DeskClockTests.answer(inbox) else { Issue.record("no jobs"); return }
            offers.append((line, pick))
        }
        let (trainee, pick) = try #require(offers.max { $0.1.jobs.count < $1.1.jobs.count })
        #expect(pick.jobs.count >= 3 && pick.jobs.allSatisfy { $0.title.contains("电工") }, "\(offers.map { $0.1.jobs.map(\.id) })")
        let openIDs = Set(try store.openJobs(on: clock.today).map(\.id))
        #expect(pick.jobs.allSatisfy { openIDs.contains($0.id) })
        let recommendation = JobRecommendation(personID: trainee.personID, purpose: .training, jobIDs: pick.jobs.prefix(3).map(\.id),
                                               recommendedOn: clock.today, classID: electricians.id)
        desk.recommendJobs(recommendation, actor: E.actor, posting: inbox)
        guard case .trainingLoaded(let recommended) = try DeskClockTests.answer(inbox) else { Issue.record("not recorded"); return }
        #expect(recommended.followUps.first { $0.personID == trainee.personID }?.status
            == .visitDue(by: clock.today.adding(months: TrainingFollowUp.visitWithinMonths)))
        // The jobs passed on are not offered again.
        desk.loadTraineeJobs(classID: electricians.id, person: trainee.personID, posting: inbox)
        guard case .traineeJobsLoaded(let again) = try DeskClockTests.answer(inbox) else { Issue.record("no jobs"); return }
        #expect(Set(again.jobs.map(\.id)).isDisjoint(with: recommendation.jobIDs))

        desk.recordFollowUpVisit(TrainingFollowUpVisit(personID: trainee.personID, classID: electricians.id, visitedOn: clock.today,
                                                       finding: .employed), actor: E.actor, posting: inbox)
        guard case .trainingLoaded(let visited) = try DeskClockTests.answer(inbox) else { Issue.record("no visit"); return }
        #expect(visited.followUps.first { $0.personID == trainee.personID }?.status == .done)
        #expect(visited.notice?.key == "employment.afterClass.visited")
        #expect(try store.receipts(for: trainee.personID).map(\.service).prefix(3)
            == [.trainingFollowUpVisit, .jobRecommendation, .trainingAttendance])
    }

    @Test("Ending a class twice is refused with its reason, nothing recorded the second time")
    func endingTwiceIsRefused() throws {
        let (desk, store, _) = try E.desk(on: "2026-11-30")
        let inbox = EventInbox()
        desk.loadTraining(actor: E.actor, posting: inbox)
        guard case .trainingLoaded(let overview) = try DeskClockTests.answer(inbox),
              let electricians = overview.classes.first(where: { $0.trade == "电工" }) else { Issue.record("no class"); return }
        desk.endTrainingClass(electricians.id, participants: [], actor: E.actor, posting: inbox)
        #expect(try DeskClockTests.answer(inbox) == .coordinatorWorkFailed(UserMessage("employment.afterClass.error.notAnnounced", ["trade": "电工"])))
        desk.announceTrainingClass(electricians.id, actor: E.actor, strings: E.strings, posting: inbox)
        _ = try DeskClockTests.answer(inbox)
        let wisher = try #require(try store.trainingWishes().first { $0.trade == "电工" }?.personID)
        desk.endTrainingClass(electricians.id, participants: [wisher], actor: E.actor, posting: inbox)
        _ = try DeskClockTests.answer(inbox)
        let receipts = try store.receipts(for: wisher).count
        desk.endTrainingClass(electricians.id, participants: [wisher], actor: E.actor, posting: inbox)
        guard case .coordinatorWorkFailed(let message) = try DeskClockTests.answer(inbox) else { Issue.record("not refused"); return }
        #expect(message.key == "employment.afterClass.error.alreadyEnded")
        #expect(try store.receipts(for: wisher).count == receipts)
    }
}
