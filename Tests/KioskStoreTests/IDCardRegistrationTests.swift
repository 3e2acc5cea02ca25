import Foundation
import KioskDomain
import Testing
@testable import KioskStore

/// Registering a resident ID card's UID to a villager, for contactless readers.
struct IDCardRegistrationTests {
    typealias F = StoreFixtures

    @Test func aRegisteredCardFindsItsPersonAndTheRegistrationIsAudited() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let person = F.person(1)
        try store.record(.registration(person), actor: .system, at: F.instant("2026-11-30"))
        let receipt = try store.registerIDCard(uid: "04aa55cc", to: person.id, actor: .coordinator(id: "XG-1", name: "韦丽萍"),
                                               at: Date(timeIntervalSince1970: 1_796_000_000))
        #expect(receipt.service == .registration)
        #expect(try store.person(cardUID: "04AA55CC")?.id == person.id)
        #expect(try store.auditEntries(for: person.id).contains { $0.actor.hasPrefix("coordinator:XG-1") })
    }

    @Test func aCardOfSomeoneElseOrAnUnknownPersonIsRefused() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let person = F.person(1)
        let other = F.person(2)
        try store.record(.registration(person), actor: .system, at: F.instant("2026-11-30"))
        try store.record(.registration(other), actor: .system, at: F.instant("2026-11-30"))
        _ = try store.registerIDCard(uid: "04AA55CC", to: person.id, actor: .system, at: F.instant("2026-11-30"))
        #expect(throws: IDCardRegistrationError.registeredToSomeoneElse) {
            try store.registerIDCard(uid: "04AA55CC", to: other.id, actor: .system, at: F.instant("2026-11-30"))
        }
        let stranger = try IDNumber("11010519491231002X")
        #expect(throws: IDCardRegistrationError.unknownPerson) {
            try store.registerIDCard(uid: "04BB66DD", to: stranger, actor: .system, at: F.instant("2026-11-30"))
        }
    }
}
