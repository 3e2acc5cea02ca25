import Foundation
import KioskDomain
import KioskFlows
import KioskStore
import Testing
@testable import KioskServices

/// The coordinator's card opens coordinator mode only when its card number and the ID number on it are both theirs.
struct CoordinatorIdentifyTests {
    static let instant = Date(timeIntervalSince1970: 1_796_000_000)
    static let idNumber = "450124197410115049"

    static func desk() throws -> CoordinatorDesk {
        let store = try KioskStore.inMemory(villageCode: "450124100210", timeZone: KioskStore.chinaTime)
        let coordinator = Coordinator(id: "XG-450124-017", name: "韦丽萍", idNumber: try IDNumber(idNumber),
                                      cardNumber: "GX3456789", villageCode: "450124100210")
        try store.addCoordinator(coordinator, pin: CoordinatorPIN("480213"), iterations: 1_000, actor: .system, at: instant)
        return CoordinatorDesk(store: store, clock: .fixed(instant, timeZone: KioskStore.chinaTime),
                               policies: try StoreOpening.policies())
    }

    static func identified(_ holder: CardHolder) throws -> CoordinatorIdentity? {
        let inbox = EventInbox()
        try desk().identify(holder, posting: inbox)
        for _ in 0..<500 {
            if case .coordinatorIdentified(let identity)? = inbox.drain().first { return identity }
            Thread.sleep(forTimeInterval: 0.01)
        }
        Issue.record("the desk never answered")
        return nil
    }

    @Test func theRightCardNumberAndIDNumberIdentifyTheCoordinator() throws {
        let holder = CardHolder(idNumber: Self.idNumber, name: "韦丽萍", cardKind: .socialSecurityCard, cardNumber: "GX3456789")
        #expect(try Self.identified(holder)?.id == "XG-450124-017")
    }

    @Test func theCoordinatorsCardNumberWithAnotherPersonsIDNumberIsNoCoordinatorsCard() throws {
        let holder = CardHolder(idNumber: "450124194906293304", name: "韦秀英", cardKind: .socialSecurityCard,
                                cardNumber: "GX3456789")
        #expect(try Self.identified(holder) == nil)
    }
}
