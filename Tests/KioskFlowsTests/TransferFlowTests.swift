import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// The transfer request: the destination from the lists or by code, the reason, the effect, the confirmation.
struct TransferFlowTests {
    typealias F = AccountHolderFixture
    /// Items a page of a long list holds.
    static let pageSize = 7

    static let mover = F.person(born: "1980-03-15", name: "农志强", sequence: 451)
    static var paying: VillagerFile {
        F.file(mover, F.paying(mover), F.history(mover, years: 2013...2025))
    }

    static func flowStep(_ state: KioskState) -> TransferFlow.Step? {
        if case .flow(.transfer(let flow)) = F.step(state) { return flow.step }
        return nil
    }

    static func provinceNumberKeys(_ code: String) -> String {
        let index = F.regions.provinces.firstIndex { $0.code == code }!
        let page = index / Self.pageSize
        return String(repeating: "9", count: page) + "\(index % Self.pageSize + 1)"
    }

    @Test func pickingProvincePrefectureAndCountyFromNumberedListsReachesTheReason() throws {
        var state = F.session(Self.paying)
        try F.open(.transfer, &state)
        #expect(Self.flowStep(state) == .method(selected: 0))
        try ScreenSnapshot.checkBoth(state, named: "transfer-method")
        F.press(&state, "1")
        #expect(Self.flowStep(state) == .province(selected: 0))
        try ScreenSnapshot.checkBoth(state, named: "transfer-province")
        // Guangdong (440000) is on a later page: 9 turns pages, then its number on that page.
        F.press(&state, Self.provinceNumberKeys("440000"))
        #expect(Self.flowStep(state) == .prefecture(province: "440000", selected: 0))
        try ScreenSnapshot.checkBoth(state, named: "transfer-prefecture")
        // 广州市 is the first prefecture of Guangdong.
        F.press(&state, "1")
        #expect(Self.flowStep(state) == .county(parent: "440100", selected: 0))
        try ScreenSnapshot.checkBoth(state, named: "transfer-county")
        F.press(&state, "1")
        guard case .reason(let county, 0, _) = Self.flowStep(state) else {
            Issue.record("not at the reason: \(String(describing: Self.flowStep(state)))")
            return
        }
        #expect(county == F.regions.counties(in: "440100")[0].code)
        try ScreenSnapshot.checkBoth(state, named: "transfer-reason")
    }

    @Test func pagingMovesByWholePagesAndStopsAtTheEnds() throws {
        var state = F.session(Self.paying)
        try F.open(.transfer, &state)
        F.press(&state, "1")
        F.press(&state, "8")
        #expect(Self.flowStep(state) == .province(selected: 0), "no page before the first")
        let count = F.regions.provinces.count
        let lastPageStart = (count - 1) / Self.pageSize * Self.pageSize
        F.press(&state, String(repeating: "9", count: 10))
        #expect(Self.flowStep(state) == .province(selected: lastPageStart), "no page after the last")
        _ = KioskReducer.reduce(&state, .key(.pageUp))
        #expect(Self.flowStep(state) == .province(selected: lastPageStart - Self.pageSize))
        _ = KioskReducer.reduce(&state, .key(.up))
        #expect(Self.flowStep(state) == .province(selected: lastPageStart - Self.pageSize - 1), "arrows cross pages")
        _ = KioskReducer.reduce(&state, .key(.enter))
        guard case .prefecture(let province, _) = Self.flowStep(state) else {
            Issue.record("Enter did not open the highlighted province")
            return
        }
        #expect(province == F.regions.provinces[lastPageStart - Self.pageSize - 1].code)
    }

    @Test func aMunicipalityOpensStraightAtItsDistrictsAndBackReturnsToTheProvinces() throws {
        var state = F.session(Self.paying)
        try F.open(.transfer, &state)
        F.press(&state, "1")
        F.press(&state, Self.provinceNumberKeys("110000"))
        #expect(Self.flowStep(state) == .county(parent: "110100", selected: 0), "北京市 has one prefecture: straight to its districts")
        F.press(&state, "0")
        #expect(Self.flowStep(state) == .province(selected: 0))
    }

    @Test func countiesGovernedDirectlyByTheProvinceAreTheirOwnEntry() throws {
        let entries = TransferFlowTests.prefectureNames("420000")
        #expect(entries.last == "省直辖县级行政区")
        var state = F.session(Self.paying)
        try F.open(.transfer, &state)
        F.press(&state, "1")
        F.press(&state, Self.provinceNumberKeys("420000"))
        let index = entries.count - 1
        F.press(&state, String(repeating: "9", count: index / Self.pageSize) + "\(index % Self.pageSize + 1)")
        #expect(Self.flowStep(state) == .county(parent: "420000", selected: 0))
        #expect(ScreenSnapshot.text(of: state).contains("仙桃市"))
        F.press(&state, "0")
        #expect(Self.flowStep(state) == .prefecture(province: "420000", selected: index))
    }

    static func prefectureNames(_ province: String) -> [String] {
        var names = F.regions.prefectures(in: province).map(\.name)
        if !F.regions.counties(in: province).isEmpty { names.append("省直辖县级行政区") }
        return names
    }

    @Test func aFullCodeGoesStraightToTheReasonAndAPrefixListsTheMatches() throws {
        var state = F.session(Self.paying)
        try F.open(.transfer, &state)
        F.press(&state, "2")
        F.press(&state, "4501")
        try ScreenSnapshot.checkBoth(state, named: "transfer-code")
        F.press(&state, "\n")
        #expect(Self.flowStep(state) == .searchResults(query: "4501", selected: 0))
        try ScreenSnapshot.checkBoth(state, named: "transfer-results")
        F.press(&state, "0")
        guard case .codeEntry(let entry, false) = Self.flowStep(state) else {
            Issue.record("back from the results did not return to the typed code")
            return
        }
        #expect(entry.text == "4501")
        F.press(&state, "02\n")
        guard case .reason("450102", 0, _) = Self.flowStep(state) else {
            Issue.record("450102 did not lead to the reason: \(String(describing: Self.flowStep(state)))")
            return
        }
    }

    @Test func aCodeThatMatchesNoCountySaysSoAndStays() throws {
        var state = F.session(Self.paying)
        try F.open(.transfer, &state)
        F.press(&state, "2999999\n")
        guard case .codeEntry(_, true) = Self.flowStep(state) else {
            Issue.record("no not-found notice: \(String(describing: Self.flowStep(state)))")
            return
        }
        #expect(ScreenSnapshot.text(of: state).contains("没有找到与“999999”相符的县"))
        try ScreenSnapshot.checkBoth(state, named: "transfer-code-notFound")
        F.press(&state, "\u{7F}")
        guard case .codeEntry(let entry, false) = Self.flowStep(state) else {
            Issue.record("editing did not clear the notice")
            return
        }
        #expect(entry.text == "99999")
    }

    /// Guo Fa [2014] No. 8 §8: the application is made here, at the destination; the whole balance moves here.
    @Test func theEffectExplainsTheTransferInAndConfirmingRecordsOnce() throws {
        var state = F.session(Self.paying)
        try F.open(.transfer, &state)
        F.press(&state, "2440106\n")
        F.press(&state, "1")
        #expect(Self.flowStep(state) == .effect(county: "440106", reason: .householdMoved,
                                                back: .reason(county: "440106", selected: 0,
                                                              back: .codeEntry(TextEntry("440106", maxLength: 12, allowed: .text), notFound: false))))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("广东省 广州市 天河区（440106）"))
        #expect(text.contains("原参保地（转出地）"))
        #expect(text.contains("个人账户储存额全部转入本县"))
        #expect(!text.contains("冻结"), "the account here is not frozen")
        try ScreenSnapshot.checkBoth(state, named: "transfer-effect")
        F.press(&state, "1")
        CardPINSteps.pass(&state)
        guard case .confirming(let pending) = F.step(state), case .transfer(let decision) = pending.event else {
            Issue.record("not confirming a transfer")
            return
        }
        #expect(decision.request.fromRegion == "440106")
        #expect(decision.request.destinationRegion == "450124")
        #expect(decision.request.reason == .householdMoved)
        #expect(!decision.account.transferPending)
        try ScreenSnapshot.checkBoth(state, named: "transfer-confirm")
        #expect(F.press(&state, "1") == [.record(pending.event, .selfService)])
        #expect(F.press(&state, "1").isEmpty)
    }

    @Test func theOtherReasonIsRecordedAsChosen() throws {
        var state = F.session(Self.paying)
        try F.open(.transfer, &state)
        F.press(&state, "2440106\n")
        F.press(&state, "2")
        F.press(&state, "1")
        CardPINSteps.pass(&state)
        guard case .confirming(let pending) = F.step(state), case .transfer(let decision) = pending.event else {
            Issue.record("not confirming a transfer")
            return
        }
        #expect(decision.request.reason == .other)
    }

    @Test func backGoesOneStepAtATimeToTheMenu() throws {
        var state = F.session(Self.paying)
        try F.open(.transfer, &state)
        F.press(&state, "1")
        F.press(&state, Self.provinceNumberKeys("440000"))
        F.press(&state, "11")
        F.press(&state, "1")
        guard case .effect = Self.flowStep(state) else {
            Issue.record("not at the effect")
            return
        }
        F.press(&state, "0")
        guard case .reason(_, 0, _) = Self.flowStep(state) else {
            Issue.record("0 on the effect did not return to the reason")
            return
        }
        F.press(&state, "\u{1B}")
        #expect(Self.flowStep(state) == .county(parent: "440100", selected: 0))
        F.press(&state, "0")
        #expect(Self.flowStep(state) == .prefecture(province: "440000", selected: 0))
        F.press(&state, "0")
        let guangdong = F.regions.provinces.firstIndex { $0.code == "440000" }!
        #expect(Self.flowStep(state) == .province(selected: guangdong))
        F.press(&state, "0")
        #expect(Self.flowStep(state) == .method(selected: 0))
        F.press(&state, "0")
        #expect(F.step(state) == .menu(selected: 0))
        try F.open(.transfer, &state)
        F.press(&state, "2\u{1B}")
        #expect(Self.flowStep(state) == .method(selected: 1), "Esc leaves the code entry for the method")
        F.press(&state, "\u{1B}")
        #expect(F.step(state) == .menu(selected: 0))
    }

    @Test func theVillagersOwnCountyIsRefusedAsTheSameRegion() throws {
        var state = F.session(Self.paying)
        try F.open(.transfer, &state)
        F.press(&state, "2450124\n")
        #expect(F.step(state) == .refused(.transfer, [.sameRegion]))
        try ScreenSnapshot.checkBoth(state, named: "transfer-refused-sameRegion")
    }

    @Test func aPendingTransferIsRefusedAtOnce() throws {
        let file = F.file(Self.mover, F.paying(Self.mover, transferPending: true), Self.paying.history)
        var state = F.session(file)
        try F.open(.transfer, &state)
        #expect(F.step(state) == .refused(.transfer, [.transferPending]))
        #expect(ScreenSnapshot.text(of: state).contains("账户正在办理转移"))
    }

    @Test func theAccountRefusalsOfTheRulesEndTheFlowAtOnce() {
        var receiving = Self.paying
        receiving.account.status = .receivingPension
        #expect(TransferFlow.start(receiving) == .refused([.alreadyReceivingPension]))
        var terminated = Self.paying
        terminated.account.status = .terminated
        #expect(TransferFlow.start(terminated) == .refused([.accountTerminated]))
        var elsewhere = Self.paying
        elsewhere.person.registeredRegion = "440106"
        guard case .next(let flow) = TransferFlow.start(elsewhere) else {
            Issue.record("someone registered elsewhere may still be leaving and needs the certificate")
            return
        }
        guard case .next(let entry) = flow.handle(.character("2"), elsewhere), case .codeEntry = entry.step else {
            Issue.record("the code entry did not open")
            return
        }
        var typed = entry
        for key in "440105" { if case .next(let next) = typed.handle(.character(key), elsewhere) { typed = next } }
        #expect(typed.handle(.enter, elsewhere) == .refused([.notRegisteredHere(region: "440106")]))
        var deceased = Self.paying
        deceased.person.diedOn = CivilDate(year: 2026, month: 9, day: 1)
        #expect(TransferFlow.start(deceased) == .refused([.deceased]))
    }

    @Test func anInvalidRegionRefusalIsShownWithTheCode() throws {
        // The lists offer only listed counties; the refusal still reads plainly if the rules give it.
        var state = F.session(Self.paying)
        guard case .villager(var session) = state.screen else { return }
        session.step = .refused(.transfer, [.invalidRegion("441900")])
        state.screen = .villager(session)
        #expect(ScreenSnapshot.text(of: state).contains("441900不是有效的县级行政区划代码"))
    }

    @Test func aTimeOutWhileTypingTheCodeEndsTheSession() throws {
        var state = F.session(Self.paying)
        try F.open(.transfer, &state)
        F.press(&state, "24501")
        F.expectTimeOutClearsTheScreen(&state, hiding: [Self.mover.name, Self.mover.id.masked])
    }

    @Test func pullingTheCardDuringTheConfirmationRecordsNothing() throws {
        var state = F.session(Self.paying)
        try F.open(.transfer, &state)
        F.press(&state, "2440106\n11")
        F.expectCardPulledAtConfirmationRecordsNothing(&state)
    }

    /// Guo Fa [2014] No. 8 §8: a person leaving applies at the new place; the kiosk prints the contribution
    /// certificate the new place needs (account status, years, balance), as a receipt that is stored and printed.
    @Test func aPersonLeavingIsToldToApplyThereAndGetsTheContributionCertificate() throws {
        var state = F.session(Self.paying)
        try F.open(.transfer, &state)
        #expect(ScreenSnapshot.text(of: state).contains("我要迁出本县：打印参保缴费凭证"))
        F.press(&state, "3")
        guard case .confirming(let pending) = F.step(state), case .contributionCertificate(let certificate) = pending.event else {
            Issue.record("not confirming a certificate: \(String(describing: F.step(state)))")
            return
        }
        let balance = PersonalAccount.balance(of: Self.paying.history.contributions, on: F.today,
                                              interestRateBasisPoints: F.policy.interestRateBasisPoints)
        #expect(certificate.status == .paying)
        #expect(certificate.contributionYears == Self.paying.history.contributionYears)
        #expect(certificate.balance.total == balance.total)
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("\(balance.total.yuanText) 元"))
        #expect(text.contains("新户籍所在地"))
        try ScreenSnapshot.checkBoth(state, named: "transfer-certificate")
        #expect(F.press(&state, "1") == [.record(pending.event, .selfService)])
    }
}
