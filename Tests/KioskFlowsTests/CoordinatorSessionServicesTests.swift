import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// What a coordinator's session offers beyond a villager's: cancellation on death, and a proxy's
/// authorisation limiting the services.
struct CoordinatorSessionServicesTests {
    static func coordinatorFile(_ file: VillagerFile, scope: Set<ProxyService>? = nil) -> VillagerFile {
        var file = file
        file.openedByCoordinator = true
        file.proxyScope = scope
        return file
    }

    @Test func aVillagerAloneIsNotOfferedCancellationOnDeathButTheCoordinatorIs() {
        #expect(VillagerService.offered(for: VillagerFixture.pensioner()) == [.certification, .queries])
        #expect(VillagerService.offered(for: Self.coordinatorFile(VillagerFixture.pensioner()))
                == [.certification, .cancellation, .queries])

        var deceased = VillagerFixture.pensioner()
        deceased.person.diedOn = CivilDate(year: 2026, month: 11, day: 18)
        #expect(VillagerService.offered(for: deceased) == [.queries])
        #expect(VillagerService.offered(for: Self.coordinatorFile(deceased)) == [.cancellation, .queries])
    }

    @Test func theCoordinatorCancelsOnDeathFromTheDayOfDeathWithTheRefundToTheHeir() {
        var deceased = VillagerFixture.pensioner()
        deceased.person.diedOn = CivilDate(year: 2026, month: 11, day: 18)
        let file = Self.coordinatorFile(deceased)
        guard case .next(let flow) = CancellationFlow.start(file) else {
            Issue.record("the coordinator's cancellation did not start")
            return
        }
        let index = CancellationFlow.choices.firstIndex(of: .familyMemberDied)! + 1
        guard case .next(let heir) = flow.handle(.character(Character("\(index)")), file) else {
            Issue.record("choosing the death did not lead to the heir")
            return
        }
        #expect(heir.step == .heir(selected: 0))
        guard case .next(let back) = heir.handle(.escape, file) else {
            Issue.record("back from the heir left the flow")
            return
        }
        #expect(back.step == .reason(selected: index - 1))

        guard case .next(let notice) = flow.handle(.character(Character("\(index)")), deceased) else {
            Issue.record("the villager's own death choice did not show where to go")
            return
        }
        #expect(notice.step == .deathNotice)
    }

    @Test func aProxySessionOffersOnlyWhatTheAuthorisationCovers() {
        let file = Self.coordinatorFile(VillagerFixture.pensioner(), scope: [.certification])
        #expect(VillagerService.offered(for: file) == [.certification, .queries])
        let none = Self.coordinatorFile(VillagerFixture.pensioner(), scope: [.contribution])
        #expect(VillagerService.offered(for: none) == [.queries])
    }
}
