import CardSimulator
import ChildProcessSupport
import Foundation
import Testing
@testable import SmartCard
import TextCodecs

/// Reads simulated cards through the real pcscd and the vpcd driver. One serialized suite: pcscd and the
/// vpcd ports are shared by every test here.
@Suite(.serialized, .pcscd)
struct PCSCIntegrationTests {
    static let reader0 = "Virtual PCD 00 00"
    static let reader1 = "Virtual PCD 00 01"

    let context: PCSCContext
    let reader: SocialSecurityCardReader

    init() throws {
        context = try PCSCContext()
        reader = SocialSecurityCardReader(nations: try DemoCards.nations())
    }

    /// Polls pcscd until the reader's card presence is `present` (at most 5 s).
    func waitForCard(_ present: Bool, in name: String) throws {
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            if try context.cardPresent(in: name) == present { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("card presence in \(name) never became \(present)")
        throw SmartCardError.noCard
    }

    @discardableResult
    func withCard<T>(_ id: String, faults: [CardFault] = [], reader number: Int = 0,
                     _ body: (String, VirtualCardSlot) throws -> T) throws -> T {
        let slot = VirtualCardSlot(reader: number)
        slot.start()
        defer {
            slot.stop()
        }
        let name = number == 0 ? Self.reader0 : Self.reader1
        slot.insert(SimulatedCard(profile: try DemoCards.profile(id), faults: faults))
        try waitForCard(true, in: name)
        let result = try body(name, slot)
        slot.remove()
        try waitForCard(false, in: name)
        return result
    }

    @Test func pcscdListsBothVirtualReaders() throws {
        let names = try context.readerNames()
        #expect(names.contains(Self.reader0))
        #expect(names.contains(Self.reader1))
    }

    @Test(arguments: ["gen3-unenrolled-adult", "gen1-pensioner", "t0-card"])
    func readsACardThroughPcscd(id: String) throws {
        let profile = try DemoCards.profile(id)
        let identity = try withCard(id) { name, _ in
            try reader.read(reader: name, context: context, today: DemoCards.today)
        }
        #expect(identity.idNumber == profile.holder?.idNumber)
        #expect(identity.name == profile.holder?.name)
    }

    @Test func theT0CardUsesProtocolT0() throws {
        let used = try withCard("t0-card") { name, _ in
            let connection = try context.connect(reader: name)
            defer { connection.disconnect() }
            return connection.activeProtocol
        }
        #expect(used == 1)
    }

    @Test func aCardPulledMidReadGivesCardRemovedAndTheReaderWorksAgain() throws {
        let slot = VirtualCardSlot(reader: 0)
        slot.start()
        defer { slot.stop() }
        slot.insert(SimulatedCard(profile: try DemoCards.profile("gen3-unenrolled-adult"), faults: [.pulledAfter(3)]))
        try waitForCard(true, in: Self.reader0)
        do {
            _ = try reader.read(reader: Self.reader0, context: context, today: DemoCards.today)
            Issue.record("the read did not fail")
        } catch {
            #expect(error == .cardRemoved || error == .noCard, "\(error)")
            #expect(error.messageKey == "card.error.cardRemoved" || error.messageKey == "card.error.noCard")
        }
        try waitForCard(false, in: Self.reader0)
        slot.insert(SimulatedCard(profile: try DemoCards.profile("coordinator")))
        try waitForCard(true, in: Self.reader0)
        let identity = try reader.read(reader: Self.reader0, context: context, today: DemoCards.today)
        #expect(identity.name == "韦丽萍")
        slot.remove()
        try waitForCard(false, in: Self.reader0)
    }

    @Test func applicationNotFoundAndRecordNotFoundKeepTheirMeaning() throws {
        try withCard("gen3-unenrolled-adult", faults: [.wrongStatus(.fileNotFound, at: 1)]) { name, _ in
            #expect(throws: SmartCardError.notSocialSecurityCard) {
                try reader.read(reader: name, context: context, today: DemoCards.today)
            }
        }
        try withCard("gen3-unenrolled-adult", faults: [.wrongStatus(.recordNotFound, at: 4)]) { name, _ in
            #expect(throws: SmartCardError.status(.recordNotFound)) {
                try reader.read(reader: name, context: context, today: DemoCards.today)
            }
        }
    }

    @Test func anExpiredCardIsReportedExpired() throws {
        try withCard("expired-card") { name, _ in
            #expect(throws: SmartCardError.expired(expiryDate: CardDate(digits: "20240630")!)) {
                try reader.read(reader: name, context: context, today: DemoCards.today)
            }
        }
    }

    @Test func twoReadersAtOnce() throws {
        let second = VirtualCardSlot(reader: 1)
        second.start()
        defer { second.stop() }
        second.insert(SimulatedCard(profile: try DemoCards.profile("id-card-uid")))
        try waitForCard(true, in: Self.reader1)
        try withCard("gen1-pensioner") { name, _ in
            let identity = try reader.read(reader: name, context: context, today: DemoCards.today)
            let uid = try IDCardUIDReader().readUID(reader: Self.reader1, context: context)
            #expect(identity.name == "韦秀英")
            #expect(Hex.string(uid) == "04D5E6F7")
        }
        second.remove()
        try waitForCard(false, in: Self.reader1)
    }

    @Test func cardEventsReportInsertionWithTheATRAndRemoval() async throws {
        let profile = try DemoCards.profile("gen3-unenrolled-adult")
        let slot = VirtualCardSlot(reader: 0)
        slot.start()
        defer { slot.stop() }
        var iterator = CardEventSource().events().makeAsyncIterator()
        var seen: [CardEvent] = []
        func next(until wanted: (CardEvent) -> Bool) async -> Bool {
            while let event = await iterator.next() {
                seen.append(event)
                if wanted(event) { return true }
            }
            return false
        }
        #expect(await next { $0 == .readerAdded(Self.reader1) || $0 == .readerAdded(Self.reader0) })
        slot.insert(SimulatedCard(profile: profile))
        #expect(await next {
            if case .cardInserted(Self.reader0, profile.atrBytes, let insertion) = $0 { return insertion >= 1 }
            return false
        })
        slot.remove()
        #expect(await next { $0 == .cardRemoved(reader: Self.reader0) })
    }

    @Test func pcscScanSeesTheSimulatedATR() async throws {
        let profile = try DemoCards.profile("gen3-unenrolled-adult")
        let slot = VirtualCardSlot(reader: 0)
        slot.start()
        defer { slot.stop() }
        slot.insert(SimulatedCard(profile: profile))
        try waitForCard(true, in: Self.reader0)
        let output = try await ChildProcess.run(["timeout", "-s", "KILL", "3", "pcsc_scan"]).output
        slot.remove()
        try waitForCard(false, in: Self.reader0)
        let spaced = stride(from: 0, to: profile.atr.count, by: 2).map { index -> String in
            let start = profile.atr.index(profile.atr.startIndex, offsetBy: index)
            return String(profile.atr[start..<profile.atr.index(start, offsetBy: 2)])
        }.joined(separator: " ")
        #expect(output.contains(spaced))
    }
}
