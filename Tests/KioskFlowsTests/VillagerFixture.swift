import Foundation
import KioskAssets
@testable import KioskDomain
import KioskFlows
import TerminalUI

/// Villagers for flow tests: real policy tables, people and accounts built from domain values.
enum VillagerFixture {
    static let today = CivilDate(year: 2026, month: 11, day: 30)!
    static let policy: PolicyTable = try! PolicyBook(folder: KioskAssets.url("policy")).table(region: "450124", on: today)

    /// A valid ID number of someone born on `born` in the demo county.
    static func idNumber(born: String, sequence: Int = 123) -> IDNumber {
        let first17 = "450124" + CivilDate(iso: born)!.compact + String(format: "%03d", sequence)
        return try! IDNumber(first17 + String(IDNumber.checkCharacter(for: Array(first17))))
    }

    /// A pensioner whose certification is due on `certifiedUntil`; suspended from `suspendedFrom` when given.
    static func pensioner(certifiedUntil: String = "2026-11-30", suspendedFrom: String? = nil) -> VillagerFile {
        let person = Person(id: idNumber(born: "1949-06-29", sequence: 330), name: "韦秀英", nationCode: "08",
                            villageCode: "450124100210")
        let account = InsuranceAccount(
            personID: person.id, status: suspendedFrom == nil ? .receivingPension : .pensionSuspended,
            enrolledOn: CivilDate(iso: "2012-07-01"), tierYuan: 100,
            pensionStartMonth: CivilDate(iso: "2012-08-01"), monthlyPension: .yuan(163),
            certifiedUntil: CivilDate(iso: certifiedUntil), suspendedFromMonth: suspendedFrom.flatMap { CivilDate(iso: $0) }
        )
        return VillagerFile(person: person, isKnown: true, account: account, history: ServiceHistory(), policy: policy,
                            today: today, serviceCounty: "450124", receipts: [])
    }

    /// A villager's session state, on the service menu.
    static func session(_ file: VillagerFile, language: Language = .chinese) -> KioskState {
        var state = Fixture.state()
        state.language = language
        let holder = CardHolder(idNumber: file.person.id.value, name: file.person.name, cardKind: .socialSecurityCard)
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "r")))
        _ = KioskReducer.reduce(&state, .card(.read(holder)))
        _ = KioskReducer.reduce(&state, .villagerLoaded(file))
        return state
    }

    /// Presses keys in order, returning every effect emitted.
    static func press(_ state: inout KioskState, _ keys: Key...) -> [KioskEffect] {
        keys.flatMap { KioskReducer.reduce(&state, .key($0)) }
    }
}
