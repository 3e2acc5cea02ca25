import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// Villagers, files and sessions for the enrolment and contribution flow tests, on the real policy
/// table, driven only through `KioskReducer.reduce`.
enum SchemeFlowFixture {
    static let county = "450124"
    static let village = "450124100210"
    static let reader = "Virtual PCD 00 00"
    /// The day of `Fixture.clock`.
    static let today = CivilDate(year: 2026, month: 11, day: 30)!

    /// The shipped string tables.
    static var strings: StringCatalog { ScreenSnapshot.strings }

    static let book: PolicyBook = {
        do { return try PolicyBook(folder: KioskAssets.url("policy")) } catch { fatalError("the shipped policy does not load: \(error)") }
    }()

    static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// A valid ID number for a birth day in the fixture county.
    static func idNumber(born: CivilDate, sequence: Int = 123) -> IDNumber {
        VillagerFixture.idNumber(born: born.iso, sequence: sequence)
    }

    static func person(born: String, address: String = "", student: Bool = false, employeeScheme: Bool = false,
                       registeredRegion: String? = nil, name: String = "韦秀英") -> Person {
        Person(id: idNumber(born: day(born)), name: name, nationCode: "08", registeredRegion: registeredRegion,
               villageCode: village, address: address, isFullTimeStudent: student, inEmployeeScheme: employeeScheme)
    }

    /// Regular contributions for each year in a range at one tier.
    static func history(_ person: Person, years: [Int], tier: Int = 200, subsidy: Int = 40) -> ServiceHistory {
        ServiceHistory(contributions: years.map {
            Contribution(personID: person.id, year: $0, tierYuan: tier, personal: .yuan(tier), subsidy: .yuan(subsidy),
                         kind: .regular, channel: .taxOffice, paidOn: CivilDate(year: $0, month: 6, day: 1)!)
        })
    }

    /// A villager's file on the Guangxi table in force `today`.
    static func file(_ person: Person, account: InsuranceAccount? = nil, history: ServiceHistory = ServiceHistory(),
                     today: CivilDate = today) -> VillagerFile {
        let policy = try! book.table(region: county, on: today)
        return VillagerFile(person: person, isKnown: account != nil, account: account ?? .notEnrolled(person.id),
                            history: history, policy: policy, today: today, serviceCounty: county, receipts: [])
    }

    /// A kiosk with this villager's card read and file loaded: the service menu.
    static func session(_ file: VillagerFile) -> KioskState {
        var state = Fixture.state()
        let holder = CardHolder(idNumber: file.person.id.value, name: file.person.name, cardKind: .socialSecurityCard)
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: reader)))
        _ = KioskReducer.reduce(&state, .card(.read(holder)))
        _ = KioskReducer.reduce(&state, .villagerLoaded(file))
        return state
    }

    static func villager(_ state: KioskState) -> VillagerSession? {
        if case .villager(let session) = state.screen { return session }
        return nil
    }

    static func flow(_ state: KioskState) -> ServiceFlowState? {
        if case .flow(let flow)? = villager(state)?.step { return flow }
        return nil
    }

    static func press(_ key: Key, _ state: inout KioskState) {
        _ = KioskReducer.reduce(&state, .key(key))
    }

    static func type(_ text: String, _ state: inout KioskState) {
        for character in text { press(.character(character), &state) }
    }

    /// Moves the wall clock on, one second at a time as the runtime does.
    static func tick(seconds: Int, _ state: inout KioskState) {
        for _ in 0..<seconds {
            var time = state.clock
            time.second += 1
            if time.second == 60 { (time.second, time.minute) = (0, time.minute + 1) }
            _ = KioskReducer.reduce(&state, .clock(time))
        }
    }

    /// The name of an enum case without its values.
    static func caseName<T>(_ value: T) -> String {
        String(String(describing: value).prefix { $0 != "(" })
    }

    static func text(_ state: KioskState) -> String {
        ScreenSnapshot.text(of: state)
    }

    /// Compares the screen with `Snapshots/NAME-80x24.txt` (recorded with KIOSK_RECORD_SNAPSHOTS=1).
    static func check(_ state: KioskState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try ScreenSnapshot.check(state, named: "\(name)-80x24", sourceLocation: sourceLocation)
    }
}
