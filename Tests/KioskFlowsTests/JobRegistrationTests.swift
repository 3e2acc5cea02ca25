import Foundation
import Testing
import KioskDomain
@testable import KioskFlows

/// The coordinator registers a job on screen: one question a field, each answer checked (the credit code's check
/// character by GB 32100-2015), the summary checked against the posting's rules, saved through one effect; bad answers
/// are named and nothing typed is lost.
struct JobRegistrationTests {
    typealias W = WorkFixture
    static let today = CivilDate(iso: "2026-11-30")!
    static let creditCode = "91450124MA5K0001X" + String(UnifiedSocialCreditCode.checkCharacter(for: "91450124MA5K0001X")!)

    /// Logged in, at the first question of the job form (0 employment, 5 register a job).
    static func atForm() -> KioskState {
        var state = W.loggedIn()
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        _ = KioskReducer.reduce(&state, .key(.character("5")))
        return state
    }

    static func job(_ state: KioskState) -> JobRegistrationForm? {
        if case .coordinator(.work(.employment(let form))) = state.screen, case .registeringJob(let job) = form.step { return job }
        return nil
    }

    /// Types an answer and presses Enter.
    @discardableResult
    static func answer(_ text: String, _ state: inout KioskState) -> [KioskEffect] {
        var effects: [KioskEffect] = []
        for character in text { effects += KioskReducer.reduce(&state, .key(.character(character))) }
        return effects + KioskReducer.reduce(&state, .key(.enter))
    }

    @Test("Every field is asked in turn, the summary shows them, and Enter saves the posting through one effect")
    func registersAJob() throws {
        var state = Self.atForm()
        #expect(Self.job(state)?.field == .employer)
        for text in ["马山县华盛服装厂", Self.creditCode, "电工", "6-31", "c", "2", "3500", "4500", "3", "18", "50", "", "0771-6800000",
                     "1", "2026-12-31"] {
            #expect(Self.answer(text, &state).isEmpty)
        }
        #expect(Self.job(state)?.field == nil, "at the summary: \(ScreenSnapshot.text(of: state))")
        try ScreenSnapshot.checkBoth(state, named: "coordinator-employment-job-summary")
        let expected = JobPosting(id: "", employer: "马山县华盛服装厂", creditCode: UnifiedSocialCreditCode(Self.creditCode), title: "电工",
                                  occupation: OccupationCode(code: "6-31")!, industry: .C, place: .ownCounty, wageMin: 3500,
                                  wageMax: 4500, headcount: 3, ageMin: 18, ageMax: 50, contact: "0771-6800000",
                                  source: .localEmployer, postedOn: Self.today, validUntil: CivilDate(iso: "2026-12-31")!)
        #expect(KioskReducer.reduce(&state, .key(.enter)) == [.registerJob(expected, actor: W.actor)])
        _ = KioskReducer.reduce(&state, .jobRegistered(id: "J20261130-001"))
        #expect(ScreenSnapshot.text(of: state).contains("岗位编号 J20261130-001"))
        _ = KioskReducer.reduce(&state, .key(.enter))
        guard case .coordinator(.work(.employment(let form))) = state.screen else { Issue.record("left the employment work"); return }
        #expect(form.step == .menu(selected: 4))
    }

    @Test("A credit code with a wrong check character, an unknown industry and a past day are named on their question, the typed text kept")
    func badAnswersAreNamed() throws {
        var state = Self.atForm()
        Self.answer("某厂", &state)
        let wrong = String(Self.creditCode.dropLast()) + (Self.creditCode.last == "0" ? "1" : "0")
        Self.answer(wrong, &state)
        #expect(Self.job(state)?.field == .creditCode && Self.job(state)?.entry.text == wrong)
        #expect(ScreenSnapshot.text(of: state).contains("校验码正确（GB 32100-2015）"))
        for _ in 0..<18 { _ = KioskReducer.reduce(&state, .key(.backspace)) }
        Self.answer("", &state)                                  // the code is optional
        Self.answer("装配工", &state)
        Self.answer("6", &state)
        Self.answer("Z", &state)
        #expect(Self.job(state)?.field == .industry)
        #expect(ScreenSnapshot.text(of: state).contains("请输入 A 到 T 中的一个字母"))
        _ = KioskReducer.reduce(&state, .key(.backspace))
        for text in ["C", "9"] { Self.answer(text, &state) }
        #expect(Self.job(state)?.field == .place && ScreenSnapshot.text(of: state).contains("请输入上面列出的数字之一"))
        _ = KioskReducer.reduce(&state, .key(.backspace))
        for text in ["3", "3000", "4000", "2", "", "", "", "0771-1", "2", "2026-11-29"] { Self.answer(text, &state) }
        #expect(Self.job(state)?.field == .validUntil && ScreenSnapshot.text(of: state).contains("有效期不能早于今天（2026-11-30）"))
    }

    @Test("A sex requirement asks for its legal ground, and without one the summary refuses to save; Esc walks back keeping every answer")
    func sexRequirementNeedsItsGround() throws {
        var state = Self.atForm()
        for text in ["某矿", "", "井下工", "6-24", "B", "2", "4000", "5000", "2", "18", "50", "1"] { Self.answer(text, &state) }
        #expect(Self.job(state)?.field == .sexGround)
        for text in ["", "0771-2", "1", "2026-12-31"] { Self.answer(text, &state) }
        #expect(Self.job(state)?.field == nil)
        #expect(KioskReducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(ScreenSnapshot.text(of: state).contains("性别要求须注明法律依据"))
        // Back to the ground, through the later questions, each with its answer.
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(Self.job(state)?.field == .validUntil && Self.job(state)?.entry.text == "2026-12-31")
        for _ in 0..<3 { _ = KioskReducer.reduce(&state, .key(.escape)) }
        #expect(Self.job(state)?.field == .sexGround)
        for text in ["女职工劳动保护特别规定 附录", "", "", ""] { Self.answer(text, &state) }
        let effects = KioskReducer.reduce(&state, .key(.enter))
        guard case .registerJob(let job, _)? = effects.first else { Issue.record("not saved: \(ScreenSnapshot.text(of: state))"); return }
        #expect(job.sexRequired == .male && job.sexGround == "女职工劳动保护特别规定 附录" && job.creditCode == nil)
        // A refusal from the store returns to the summary with the reason, the answers kept.
        _ = KioskReducer.reduce(&state, .jobRegistrationRefused(UserMessage("employment.job.problem.duplicate", ["id": "J20261130-001"])))
        #expect(Self.job(state)?.field == nil && Self.job(state)?.answers[.employer] == "某矿")
        #expect(ScreenSnapshot.text(of: state).contains("岗位编号 J20261130-001 已登记"))
    }

    @Test("Esc on the first question goes back to the employment menu")
    func escapeLeaves() {
        var state = Self.atForm()
        _ = KioskReducer.reduce(&state, .key(.escape))
        guard case .coordinator(.work(.employment(let form))) = state.screen else { Issue.record("left the employment work"); return }
        #expect(form.step == .menu(selected: 4))
    }
}
