import CardSimulator
import Foundation
import KioskDomain
import KioskFlows
import SmartCard
import Testing
@testable import KioskServices

/// The GA 467 resident ID card reader wired into the kiosk: polled off the UI thread, a card put on it opens a
/// session as a SAM-read card holder, taking it off ends it. Through a simulated module on a pseudo-terminal.
struct IDCardReaderStationTests {
    static let fields = ["韦秀英", "2", "08", "19490629", "广西壮族自治区南宁市马山县白山镇那料村", "450124194906293304",
                         "马山县公安局", "20120301", "长期"]

    /// Waits until the inbox has given an event `wanted` accepts (at most 5 s); returns every event seen.
    static func drain(_ inbox: EventInbox, until wanted: (KioskEvent) -> Bool) -> [KioskEvent] {
        var seen: [KioskEvent] = []
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            seen += inbox.drain()
            if seen.contains(where: wanted) { return seen }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return seen
    }

    @Test("a card on the GA 467 reader opens a session as a SAM-read holder; taking it off ends the session")
    func theReaderOpensAndEndsASession() throws {
        let module = try PseudoTerminalModule(module: SimulatedGA467Module(cardFields: Self.fields))
        defer { module.stop() }
        let station = IDCardReaderStation(path: module.devicePath, pollInterval: .milliseconds(50))
        defer { station.stop() }
        let inbox = EventInbox()
        station.watch(posting: inbox)
        let inserted = KioskEvent.card(.inserted(reader: station.readerName, insertion: 1))
        let seen = Self.drain(inbox) { $0 == inserted }
        #expect(seen.contains(inserted), "\(seen)")

        var state = KioskState(settings: KioskSettings(villageName: "那料村"), size: .init(width: 80, height: 24),
                               clock: WallClockTime(year: 2026, month: 11, day: 30, hour: 9))
        let effects = KioskReducer.reduce(&state, inserted)
        #expect(effects == [.readCard(reader: station.readerName, insertion: 1)])

        station.read(insertion: 1, posting: inbox)
        let read = Self.drain(inbox) { if case .card(.read) = $0 { true } else { false } }
        guard case .card(.read(let holder))? = read.last(where: { if case .card(.read) = $0 { true } else { false } }) else {
            Issue.record("no holder read: \(read)")
            return
        }
        #expect(holder.idNumber == "450124194906293304" && holder.name == "韦秀英")
        #expect(holder.cardKind == .residentIDCardSAM)
        #expect(KioskReducer.reduce(&state, .card(.read(holder))) == [.loadVillager(holder)])

        module.update { $0.cardFields = nil }
        let removed = KioskEvent.card(.removed(reader: station.readerName))
        let after = Self.drain(inbox) { $0 == removed }
        #expect(after.contains(removed), "\(after)")
        _ = KioskReducer.reduce(&state, removed)
        #expect(state.screen == .home)
        station.read(insertion: 1, posting: inbox)
        let stale = Self.drain(inbox) { if case .card(.readFailed) = $0 { true } else { false } }
        #expect(stale.contains { if case .card(.readFailed) = $0 { true } else { false } }, "a card gone reads as removed")
    }

    @Test("polls: the same card again is nothing new, another card is a removal and the next insertion")
    func pollsAreInsertionsAndRemovals() {
        let station = IDCardReaderStation(path: "/dev/null")
        #expect(station.take(idNumber: "450124194906293304", name: "韦秀英") == [.inserted(reader: station.readerName, insertion: 1)])
        #expect(station.take(idNumber: "450124194906293304", name: "韦秀英").isEmpty)
        #expect(station.take(idNumber: "450124200207038177", name: "梁天佑")
            == [.removed(reader: station.readerName), .inserted(reader: station.readerName, insertion: 2)])
        #expect(station.take(idNumber: nil, name: nil) == [.removed(reader: station.readerName)])
        #expect(station.take(idNumber: nil, name: nil).isEmpty)
    }

    @Test("a device that is not there says the ID card reader is not connected")
    func aMissingDevice() {
        let station = IDCardReaderStation(path: "/dev/nonexistent-ga467", pollInterval: .milliseconds(20))
        defer { station.stop() }
        let inbox = EventInbox()
        station.watch(posting: inbox)
        let problem = KioskEvent.card(.serviceUnavailable(UserMessage("idReader.unavailable")))
        #expect(Self.drain(inbox) { $0 == problem }.contains(problem))
    }
}
