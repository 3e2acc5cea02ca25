import CardSimulator
import Foundation
import Synchronization
import Testing
@testable import SmartCard

/// A read belongs to its card: reads in one PC/SC transaction, a reset card reconnected (not taken as pulled),
/// insertions numbered per reader, and the card powered down after a read; through the real pcscd and vpcd.
extension PCSCIntegrationTests {
    /// What a slot reported, kept for the test to look at.
    final class SlotEvents: Sendable {
        private let events = Mutex<[SlotEvent]>([])
        func append(_ event: SlotEvent) { events.withLock { $0.append(event) } }
        var all: [SlotEvent] { events.withLock { $0 } }
    }

    @Test("a card reset by another program under a read is reconnected and read, not taken as pulled")
    func aResetCardIsReconnectedAndRead() throws {
        try withCard("gen1-pensioner") { name, _ in
            let ours = try context.connect(reader: name)
            defer { ours.disconnect() }
            let other = try PCSCContext()
            try other.connect(reader: name).disconnect(.reset)
            let identity = try ours.transaction { (card) throws(SmartCardError) in
                try reader.read(over: card, today: DemoCards.today)
            }
            #expect(identity.name == "韦秀英")
            #expect(ours.reconnections == 1, "the reset was seen and the connection reconnected once")

            let plain = try context.connect(reader: name)
            defer { plain.disconnect() }
            try other.connect(reader: name).disconnect(.reset)
            #expect(throws: SmartCardError.cardReset, "outside a transaction the reset is reported as a reset") {
                try plain.transmit([0x00, 0xA4, 0x04, 0x00, 0x00])
            }
        }
    }

    /// pcscd with the vpcd driver also powers an idle card down by itself within a second, so this cannot tell
    /// SCARD_UNPOWER_CARD from pcscd's own power-off; it shows the card powered down after a read and powered up
    /// again for the next one.
    @Test("after a read the card is powered down, and the next read powers it up again")
    func aReadEndsWithTheCardPoweredDown() throws {
        let events = SlotEvents()
        let slot = VirtualCardSlot(reader: 0) { events.append($0) }
        slot.start()
        defer { slot.stop() }
        slot.insert(SimulatedCard(profile: try DemoCards.profile("gen3-unenrolled-adult")))
        try waitForCard(true, in: Self.reader0)
        let poweredOff = SlotEvent.poweredOff(profile: "gen3-unenrolled-adult")
        for _ in 1...2 {
            let before = events.all.count
            let identity = try reader.read(reader: Self.reader0, context: context, today: DemoCards.today)
            #expect(identity.name == "梁天佑")
            let deadline = ContinuousClock.now + .seconds(2)
            while ContinuousClock.now < deadline, !events.all.dropFirst(before).contains(poweredOff) {
                Thread.sleep(forTimeInterval: 0.02)
            }
            #expect(events.all.dropFirst(before).contains(poweredOff), "the card was powered down: \(events.all)")
        }
        slot.remove()
        try waitForCard(false, in: Self.reader0)
    }

    @Test("each card put into a reader gets the next insertion number, a swapped-in card too")
    func insertionsAreNumberedPerReader() async throws {
        let first = try DemoCards.profile("gen3-unenrolled-adult")
        let second = try DemoCards.profile("t0-card")
        let slot = VirtualCardSlot(reader: 0)
        slot.start()
        defer { slot.stop() }
        var iterator = CardEventSource().events().makeAsyncIterator()
        func nextInsertion() async -> (atr: [UInt8], number: Int)? {
            while let event = await iterator.next() {
                if case .cardInserted(let name, let atr, let insertion) = event, name == Self.reader0 {
                    return (atr, insertion)
                }
            }
            return nil
        }
        slot.insert(SimulatedCard(profile: first))
        let one = try #require(await nextInsertion())
        #expect(one.atr == first.atrBytes)
        // The card is swapped: out, and another in (pcscd sees a card leave even on a fast swap in a real reader).
        slot.remove()
        try waitForCard(false, in: Self.reader0)
        slot.insert(SimulatedCard(profile: second))
        let two = try #require(await nextInsertion())
        #expect(two.atr == second.atrBytes)
        #expect(two.number == one.number + 1, "a card swapped for another is a new insertion")
        slot.remove()
        try waitForCard(false, in: Self.reader0)
        slot.insert(SimulatedCard(profile: first))
        let three = try #require(await nextInsertion())
        #expect(three.number == two.number + 1)
        slot.remove()
        try waitForCard(false, in: Self.reader0)
    }
}
