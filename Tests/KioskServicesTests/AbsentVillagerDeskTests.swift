import Foundation
import KioskDomain
import KioskFlows
import KioskStore
import Testing
@testable import KioskServices

/// Finding an absent villager hands the flow their stored authorisations in force today, so the coordinator can act
/// on one again: revoked, expired and other villagers' ones stay back.
struct AbsentVillagerDeskTests {
    // 2026-11-30 10:00 in Asia/Shanghai, the demo village's reference day.
    static let clock = KioskClock.fixed(Date(timeIntervalSince1970: 1_796_004_000), timeZone: KioskStore.chinaTime)
    static let villager = try! IDNumber("450124194906293304")
    static let other = try! IDNumber("450124193810082823")
    static let proxyID = try! IDNumber("450124197501011114")
    static let coordinator = Coordinator(id: "XG-450124-017", name: "韦丽萍", idNumber: try! IDNumber("450124197410115049"),
                                         cardNumber: "GX3456789", villageCode: "450124100210")

    static func authorisation(_ person: IDNumber, name: String, until: String) -> ProxyAuthorisation {
        ProxyAuthorisation(personID: person, kind: .authorisedProxy, proxyName: name, relationship: "son",
                           proxyIDNumber: proxyID, scope: [.certification], validFrom: CivilDate(iso: "2026-06-01")!,
                           expiresOn: CivilDate(iso: until)!, consentRecordedAt: clock.now(), consentEvidence: "form:SQ-1")
    }

    @Test("the villager's file comes with their stored authorisations in force, and only those")
    func theFileComesWithTheAuthorisationsInForce() throws {
        #expect(Self.clock.today == CivilDate(iso: "2026-11-30")!)
        let (files, store) = try DeskClockTests.desk(Self.clock)
        let now = Self.clock.now()
        let kept = try store.recordAuthorisation(Self.authorisation(Self.villager, name: "韦建国", until: "2027-05-31"),
                                                 by: Self.coordinator, at: now)
        _ = try store.recordAuthorisation(Self.authorisation(Self.villager, name: "韦过期", until: "2026-11-29"),
                                          by: Self.coordinator, at: now)
        let revoked = try store.recordAuthorisation(Self.authorisation(Self.villager, name: "韦撤销", until: "2027-05-31"),
                                                    by: Self.coordinator, at: now)
        _ = try store.revokeAuthorisation(id: try #require(revoked.id), actor: .system, at: now)
        _ = try store.recordAuthorisation(Self.authorisation(Self.other, name: "韦别人", until: "2027-05-31"),
                                          by: Self.coordinator, at: now)
        let desk = CoordinatorDesk(store: store, clock: Self.clock, policies: try StoreOpening.policies())
        let inbox = EventInbox()
        desk.findVillager(Self.villager, files: files, posting: inbox)
        guard case .absentVillagerFound(let file, let stored) = try DeskClockTests.answer(inbox) else {
            Issue.record("the villager was not found"); return
        }
        #expect(file.person.id == Self.villager)
        #expect(stored.map(\.proxyName) == ["韦建国"])
        #expect(stored.first?.id == kept.id)
    }
}
