import CardSimulator
import Testing
@testable import SmartCard

/// The simulated card's PIN and try counter, without pcscd.
struct SimulatedPINTests {
    func verify(_ digits: String, on channel: SimulatedCardChannel) throws -> CardPINVerification {
        try CardPINVerifier().verify(try #require(CardPIN(digits)), over: channel)
    }

    @Test func theRightPINIsVerifiedAndAWrongOneCountsDown() throws {
        let profile = try DemoCards.profile("gen1-pensioner")
        let pin = try #require(profile.pin)
        let channel = SimulatedCardChannel(SimulatedCard(profile: profile))
        #expect(try verify("000000", on: channel) == .wrong(triesLeft: 2))
        #expect(try verify("000001", on: channel) == .wrong(triesLeft: 1))
        #expect(try verify(pin, on: channel) == .verified)
        #expect(try verify("000000", on: channel) == .wrong(triesLeft: 2), "a right PIN restores the counter")
    }

    @Test func threeWrongPINsBlockTheCardEvenForTheRightOne() throws {
        let profile = try DemoCards.profile("gen3-unenrolled-adult")
        let channel = SimulatedCardChannel(SimulatedCard(profile: profile))
        for _ in 0..<2 { _ = try verify("999999", on: channel) }
        #expect(try verify("999999", on: channel) == .blocked)
        #expect(try verify(try #require(profile.pin), on: channel) == .blocked)
    }

    @Test func theTryCounterSurvivesPullingAndReinsertingTheCard() throws {
        let card = SimulatedCard(profile: try DemoCards.profile("t0-card"))
        _ = try verify("999999", on: SimulatedCardChannel(card))
        var again = card.reinserted()
        again.powerCycle()
        #expect(try verify("999999", on: SimulatedCardChannel(again)) == .wrong(triesLeft: 1))
        #expect(card.pin.triesLeft == 1)
    }

    @Test func aProfileWithoutAPINIsOnTheIssuingDefault() throws {
        let profile = try DemoCards.profile("coordinator")
        #expect(profile.pin == nil)
        #expect(try verify("123456", on: SimulatedCardChannel(SimulatedCard(profile: profile))) == .verified)
    }

    @Test func verifyWithoutDataReportsTheCounterWithoutSpendingATry() throws {
        let card = SimulatedCard(profile: try DemoCards.profile("gen1-pensioner"))
        let channel = SimulatedCardChannel(card)
        #expect(try channel.transmit([0x00, 0x20, 0x00, 0x00]) == [0x63, 0xC3])
        #expect(card.pin.triesLeft == 3)
    }
}
