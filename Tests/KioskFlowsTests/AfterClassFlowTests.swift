import Foundation
import Testing
import KioskDomain
@testable import KioskFlows

/// After a class, on the coordinator's training screen: ending a class with who took part, recommending related jobs to
/// a trainee, and recording the follow-up visit with what it found, fed by events and read from the screen.
struct AfterClassFlowTests {
    typealias W = WorkFixture
    typealias T = EmploymentTrainingTests
    static let day = CivilDate(iso: "2026-11-30")!

    /// The training screen with the electricians' class announced, not yet ended.
    static func atTraining() -> (KioskState, TrainingOverview) {
        var state = T.atEmployment()
        _ = KioskReducer.reduce(&state, .key(.character("6")))
        var overview = T.overview
        overview.classes[1].announcedOn = CivilDate(iso: "2026-11-02")!
        _ = KioskReducer.reduce(&state, .trainingLoaded(overview))
        return (state, overview)
    }

    static func step(_ state: KioskState) -> EmploymentWorkForm.Step? {
        guard case .coordinator(.work(.employment(let form))) = state.screen else { return nil }
        return form.step
    }

    static let candidates = [
        ClassEnding.Candidate(personID: VillagerFixture.idNumber(born: "1990-03-03", sequence: 31), name: "黄海军"),
        ClassEnding.Candidate(personID: VillagerFixture.idNumber(born: "1991-04-04", sequence: 32), name: "韦美兰"),
        ClassEnding.Candidate(personID: VillagerFixture.idNumber(born: "1992-05-05", sequence: 33), name: "蓝新华"),
    ]

    @Test("2 on an announced class lists the wishers; 1 marks who took part, Enter with nobody marked says so, with two marked ends the class with them")
    func endingAClass() throws {
        var (state, _) = Self.atTraining()
        #expect(ScreenSnapshot.text(of: state).contains("已通知 2026-11-02（按 2 结业并登记参训人员）"))
        #expect(ScreenSnapshot.text(of: state).contains("已结业 2026-07-31"))
        _ = KioskReducer.reduce(&state, .key(.up))
        // The ended class cannot be ended again.
        #expect(KioskReducer.reduce(&state, .key(.character("2"))).isEmpty)
        _ = KioskReducer.reduce(&state, .key(.down))
        #expect(KioskReducer.reduce(&state, .key(.character("2"))) == [.loadClassCandidates(classID: 2)])
        _ = KioskReducer.reduce(&state, .classCandidatesLoaded(ClassEnding(classID: 2, trade: "电工", candidates: Self.candidates)))
        #expect(ScreenSnapshot.text(of: state).contains("电工培训结业：勾选参训人员（已选 0 / 3）"))
        #expect(KioskReducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(ScreenSnapshot.text(of: state).contains("请至少勾选一名参训人员"))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = KioskReducer.reduce(&state, .key(.down))
        _ = KioskReducer.reduce(&state, .key(.down))
        _ = KioskReducer.reduce(&state, .key(.character(" ")))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("已选 2 / 3") && text.contains("[✓] 黄海军") && text.contains("[ ] 韦美兰") && text.contains("▶ [✓] 蓝新华"))
        try ScreenSnapshot.checkBoth(state, named: "coordinator-employment-class-ending")
        #expect(KioskReducer.reduce(&state, .key(.enter))
            == [.endTrainingClass(id: 2, participants: [Self.candidates[0].personID, Self.candidates[2].personID], actor: W.actor)])
        var ended = T.overview
        ended.classes[1].endedOn = Self.day
        ended.notice = UserMessage("employment.afterClass.ended", ["trade": "电工", "count": "2"])
        _ = KioskReducer.reduce(&state, .trainingLoaded(ended))
        #expect(ScreenSnapshot.text(of: state).contains("结业已记录：电工培训 2 人参训"))
    }

    @Test("Back from the list of wishers reads the training screen again, nothing recorded")
    func backFromEnding() {
        var (state, _) = Self.atTraining()
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        _ = KioskReducer.reduce(&state, .classCandidatesLoaded(ClassEnding(classID: 2, trade: "电工", candidates: Self.candidates)))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        #expect(KioskReducer.reduce(&state, .key(.character("0"))) == [.loadTraining(actor: W.actor)])
    }

    @Test("The highlight runs on into the follow-ups; Enter opens the trainee, 1 lists related jobs, marked jobs are recorded as recommended today")
    func recommendingJobs() throws {
        var (state, overview) = Self.atTraining()
        for _ in 0..<3 { _ = KioskReducer.reduce(&state, .key(.down)) }
        #expect(ScreenSnapshot.text(of: state).contains("▶ 蓝新华"))
        try ScreenSnapshot.checkBoth(state, named: "coordinator-employment-training-follow-up-selected")
        #expect(KioskReducer.reduce(&state, .key(.enter)).isEmpty)
        let line = overview.followUps[2]
        #expect(Self.step(state) == .followUp(line))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("蓝新华  4501**********0014  缝纫工培训后跟踪") && text.contains("现状：还需推介 2 次相关岗位"))
        try ScreenSnapshot.checkBoth(state, named: "coordinator-employment-follow-up")
        #expect(KioskReducer.reduce(&state, .key(.character("1"))) == [.loadTraineeJobs(classID: 1, person: line.personID)])
        let jobs = [
            TraineeJobsPick.Job(id: "J20261120-001", title: "缝纫工", employer: "马山县锦绣服装厂",
                                reasons: [UserMessage("employment.reason.trade", ["trade": "缝纫工"])]),
            TraineeJobsPick.Job(id: "J20261121-002", title: "熟练缝纫工", employer: "南宁市华美制衣",
                                reasons: [UserMessage("employment.reason.trade", ["trade": "缝纫工"])]),
        ]
        _ = KioskReducer.reduce(&state, .traineeJobsLoaded(TraineeJobsPick(line: line, jobs: jobs)))
        #expect(KioskReducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(ScreenSnapshot.text(of: state).contains("请至少勾选一个岗位"))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = KioskReducer.reduce(&state, .key(.down))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        #expect(ScreenSnapshot.text(of: state).contains("为 蓝新华 推介缝纫工相关岗位（已选 2 个"))
        try ScreenSnapshot.checkBoth(state, named: "coordinator-employment-recommend")
        let expected = JobRecommendation(personID: line.personID, purpose: .training, jobIDs: ["J20261120-001", "J20261121-002"],
                                         recommendedOn: Self.day, classID: 1)
        #expect(KioskReducer.reduce(&state, .key(.enter)) == [.recommendJobs(expected, actor: W.actor)])
    }

    @Test("With no related open job the list says what to do instead; back returns to the trainee")
    func noRelatedJob() throws {
        var (state, overview) = Self.atTraining()
        for _ in 0..<3 { _ = KioskReducer.reduce(&state, .key(.down)) }
        _ = KioskReducer.reduce(&state, .key(.enter))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = KioskReducer.reduce(&state, .traineeJobsLoaded(TraineeJobsPick(line: overview.followUps[2], jobs: [])))
        #expect(ScreenSnapshot.text(of: state).contains("目前没有岗位名称含“缝纫工”的在招岗位"))
        #expect(KioskReducer.reduce(&state, .key(.enter)).isEmpty)
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(Self.step(state) == .followUp(overview.followUps[2]))
    }

    @Test("2 on a trainee asks what the visit found; the finding's key records the visit dated today")
    func recordingTheVisit() throws {
        var (state, overview) = Self.atTraining()
        _ = KioskReducer.reduce(&state, .key(.down))
        _ = KioskReducer.reduce(&state, .key(.enter))
        let line = overview.followUps[0]
        #expect(Self.step(state) == .followUp(line))
        #expect(ScreenSnapshot.text(of: state).contains("现状：回访已逾期（自 2026-11-02）"))
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("回访 黄海军") && text.contains("[2] 受雇就业") && text.contains("[4] 有就业意愿暂未就业"))
        try ScreenSnapshot.checkBoth(state, named: "coordinator-employment-visit")
        #expect(KioskReducer.reduce(&state, .key(.character("9"))).isEmpty)
        let visit = TrainingFollowUpVisit(personID: line.personID, classID: 1, visitedOn: Self.day, finding: .employed)
        #expect(KioskReducer.reduce(&state, .key(.character("2"))) == [.recordFollowUpVisit(visit, actor: W.actor)])
        var after = overview
        after.followUps[0].status = .doneLate
        after.notice = UserMessage("employment.afterClass.visited", ["name": "黄海军"], nested: ["finding": UserMessage("employment.status.employed")])
        _ = KioskReducer.reduce(&state, .trainingLoaded(after))
        #expect(ScreenSnapshot.text(of: state).contains("已记录 黄海军 的回访：受雇就业"))
    }
}
