import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore
import Synchronization
import Testing
@testable import KioskServices

/// The desks read time only from the clock they are given, in its zone, on the day a test chooses.
struct DeskClockTests {
    static let shanghai = KioskStore.chinaTime
    static let utc = TimeZone(identifier: "UTC")!
    /// 00:30 on 1 January 2027 in Asia/Shanghai: still 31 December 2026 in UTC.
    static let newYearsNight = Date(timeIntervalSince1970: 1_798_734_600)

    /// A demo village seeded for the clock's day, and a villager desk over it.
    static func desk(_ clock: KioskClock) throws -> (VillagerDesk, KioskStore) {
        let folder = KioskAssets.url("demo/village")
        let village = try DemoVillage.description(from: folder)
        let store = try KioskStore.inMemory(villageCode: village.villageCode, timeZone: clock.timeZone)
        try DemoVillage.seed(into: store, from: folder, at: clock.now())
        let desk = VillagerDesk(store: store, clock: clock, policies: try StoreOpening.policies(),
                                serviceCounty: CountyCode(village: village.villageCode), regions: try StoreOpening.regions())
        return (desk, store)
    }

    /// Waits for the desk's answer (it works on its own queue).
    static func answer(_ inbox: EventInbox) throws -> KioskEvent {
        for _ in 0..<500 {
            if let event = inbox.drain().first { return event }
            usleep(10_000)
        }
        throw DeskTimeout()
    }

    struct DeskTimeout: Error {}

    @Test func halfPastMidnightOnNewYearsDayInShanghaiIsTheNewYearEvenThoughUTCIsStillInTheOldOne() throws {
        #expect(CivilDate(Self.newYearsNight, in: Self.utc) == CivilDate(iso: "2026-12-31")!)
        let clock = KioskClock.fixed(Self.newYearsNight, timeZone: Self.shanghai)
        #expect(clock.today == CivilDate(iso: "2027-01-01")!)
        let (desk, _) = try Self.desk(clock)
        let person = Person(id: try IDNumber("45012419900101123X"), name: "测试", villageCode: "450124100210")
        let inbox = EventInbox()
        desk.record(.registration(person), actor: .selfService, posting: inbox)
        guard case .recorded(let receipt) = try Self.answer(inbox) else {
            Issue.record("the registration was not recorded")
            return
        }
        #expect(receipt.number.contains("-20270101-"), "\(receipt.number)")
        #expect(receipt.recordedAt == Self.newYearsNight)
    }

    @Test func aVillagersFileIsDrawnUpForTheClocksDayInTheClocksZone() throws {
        for (zone, day) in [(Self.shanghai, "2027-01-01"), (Self.utc, "2026-12-31")] {
            let clock = KioskClock.fixed(Self.newYearsNight, timeZone: zone)
            let (desk, _) = try Self.desk(clock)
            let holder = CardHolder(idNumber: "450124194906293304", name: "韦秀英", cardKind: .socialSecurityCard)
            let shift = DemoDayShift(from: CivilDate(iso: "2026-11-30")!, to: clock.today)
            let moved = CardHolder(idNumber: shift.idNumber(text: holder.idNumber), name: holder.name, cardKind: holder.cardKind)
            let file = try desk.file(for: moved, at: clock.now())
            #expect(file.today == CivilDate(iso: day)!)
            #expect(file.isKnown)
        }
    }

    @Test(arguments: ["2026-11-30", "2027-03-01", "2028-02-29", "2026-12-31", "2027-01-05"])
    func theDemoPensionerIsOfferedCertificationOnAnyDay(day: String) throws {
        let today = try #require(CivilDate(iso: day))
        let base = KioskClock.fixed(Date(timeIntervalSince1970: 0), timeZone: Self.shanghai)
        let clock = KioskClock.fixed(base.instant(on: today, hour: 9), timeZone: Self.shanghai)
        let (desk, _) = try Self.desk(clock)
        let shift = DemoDayShift(from: CivilDate(iso: "2026-11-30")!, to: today)
        let holder = CardHolder(idNumber: shift.idNumber(text: "450124194906293304"), name: "韦秀英", cardKind: .socialSecurityCard)
        let file = try desk.file(for: holder, at: clock.now())
        #expect(file.account.certifiedUntil == today)
        #expect(VillagerService.offered(for: file).first == .certification)
    }

    @Test func aClockStartedOnAChosenDayRunsOnFromNineOclock() {
        let ticks = Ticks()
        let machine = KioskClock(timeZone: Self.shanghai) { ticks.next() }
        let day = CivilDate(iso: "2028-02-29")!
        let demo = machine.starting(at: machine.instant(on: day, hour: 9))
        // The machine clock moved one minute since the demo clock was started, so the demo clock did too.
        let first = demo.now()
        let second = demo.now()
        #expect(WallClockTime(date: first, timeZone: Self.shanghai).minuteText == "2028-02-29 09:01")
        #expect(second.timeIntervalSince(first) == 60)
        #expect(demo.today == day)
    }
}

/// A machine clock that moves a minute each time it is read.
final class Ticks: Sendable {
    private let count = Mutex(0)
    func next() -> Date {
        count.withLock { value in
            defer { value += 1 }
            return Date(timeIntervalSince1970: 1_800_000_000 + Double(value) * 60)
        }
    }
}

/// What went wrong underneath reaches the technicians' log in the database's own words, and the screen only a
/// message whose every placeholder is filled.
struct DeskProblemTests {
    @Test func aFailedSaveShowsTheVillagerAFilledMessageAndLogsTheDatabasesOwnWords() throws {
        let clock = KioskClock.fixed(DeskClockTests.newYearsNight, timeZone: DeskClockTests.shanghai)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-desk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let logPath = folder.appendingPathComponent("kiosk.log").path
        let store = try KioskStore.inMemory(villageCode: "450124100210")
        let desk = VillagerDesk(store: store, clock: clock, policies: try StoreOpening.policies(),
                                serviceCounty: CountyCode(village: "450124100210"), regions: try StoreOpening.regions(),
                                log: KioskLog(path: logPath, clock: clock))
        let person = Person(id: try IDNumber("45012419900101123X"), name: "测试", villageCode: "450124100210")
        // The database itself refuses the write, as a full disk or a damaged file would.
        try store.database.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_receipts BEFORE INSERT ON receipts
                BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: SQLite refuses'); END
                """)
        }
        let inbox = EventInbox()
        desk.record(.registration(person), actor: .selfService, posting: inbox)
        guard case .recordFailed(let message) = try DeskClockTests.answer(inbox) else {
            Issue.record("the refused write was reported as recorded")
            return
        }
        let strings = try KioskLauncher.loadStrings()
        for language in [Language.chinese, .english] {
            let text = strings.text(message, language)
            #expect(!text.contains("{") && !text.contains("SQLite") && !text.contains("UNIQUE"), "\(text)")
        }
        let logged = try String(contentsOfFile: logPath, encoding: .utf8)
        #expect(logged.contains("villager desk:") && logged.contains("SQLite refuses"), "\(logged)")
        #expect(logged.contains("2027-01-01") || logged.contains("2026-12-31T16:30"), "the line carries the clock's time: \(logged)")
    }
}
