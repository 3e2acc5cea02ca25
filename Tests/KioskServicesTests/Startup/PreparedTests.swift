import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore
import Synchronization
import Testing
@testable import KioskServices

/// Start-up work done on its own thread: the value is there when asked for, a failure reaches the one who
/// asks, and a villager's file says plainly when a shipped list could not be read.
struct PreparedTests {
    struct Broken: Error, Equatable {}

    @Test func aValueWorkedOutOnItsOwnThreadIsReturnedToEveryoneWhoAsks() throws {
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let prepared = Prepared { () throws(Broken) -> [Int] in
            started.signal()
            release.wait()
            return Array(1...3)
        }
        started.wait()
        let asked = Mutex<[[Int]]>([])
        let done = DispatchGroup()
        for _ in 0..<4 {
            DispatchQueue.global().async(group: done) {
                let value = try? prepared.get()
                asked.withLock { $0.append(value ?? []) }
            }
        }
        release.signal()
        done.wait()
        #expect(asked.withLock { $0 } == Array(repeating: [1, 2, 3], count: 4))
        #expect(try prepared.get() == [1, 2, 3])
    }

    @Test func aFailureIsThrownToWhoeverAsksEachTime() {
        let prepared = Prepared { () throws(Broken) -> Int in throw Broken() }
        #expect(throws: Broken.self) { try prepared.get() }
        #expect(throws: Broken.self) { try prepared.get() }
    }

    @Test func aReadyValueNeedsNoThread() throws {
        #expect(try Prepared<String, Broken>(ready: "ready").get() == "ready")
    }

    @Test func aRegionListThatCouldNotBeReadFailsTheVillagersFileWithAMessageForTheTechnician() throws {
        let clock = KioskClock.fixed(Date(timeIntervalSince1970: 1_796_000_000), timeZone: KioskStore.chinaTime)
        let folder = KioskAssets.url("demo/village")
        let village = try DemoVillage.description(from: folder)
        let store = try KioskStore.inMemory(villageCode: village.villageCode, timeZone: clock.timeZone)
        try DemoVillage.seed(into: store, from: folder, at: clock.now())
        let broken = Prepared { () throws(StartupError) -> RegionDirectory in
            throw .unreadableAssets(reason: "region codes: line 7")
        }
        let desk = VillagerDesk(store: store, clock: clock, policies: try StoreOpening.policies(),
                                serviceCounty: CountyCode(village: village.villageCode), preparedRegions: broken)
        let holder = CardHolder(idNumber: "450124194906293304", name: "韦秀英", cardKind: .socialSecurityCard)
        let inbox = EventInbox()
        desk.load(holder, posting: inbox)
        guard case .villagerLoadFailed(let message) = try DeskClockTests.answer(inbox) else {
            Issue.record("the file was loaded without its region list")
            return
        }
        #expect(message == UserMessage("villager.error.damagedReferenceData"))
        let strings = try KioskLauncher.loadStrings()
        #expect(strings.text(message, .chinese).contains("技术人员"))
        #expect(strings.text(message, .english).contains("technician"))
    }
}
