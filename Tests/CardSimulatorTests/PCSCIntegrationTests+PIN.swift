import CardSimulator
import Testing
@testable import SmartCard

/// The card's PIN checked through the real pcscd and the simulator: right, wrong with tries left, blocked, default.
extension PCSCIntegrationTests {
    func verify(_ digits: String, in name: String) throws -> CardPINVerification {
        let connection = try context.connect(reader: name)
        defer { connection.disconnect() }
        return try CardPINVerifier().verify(try #require(CardPIN(digits)), over: connection)
    }

    @Test func theRightPINIsVerifiedByTheCardThroughPcscd() throws {
        let pin = try #require(try DemoCards.profile("gen1-pensioner").pin)
        let result = try withCard("gen1-pensioner") { name, _ in try verify(pin, in: name) }
        #expect(result == .verified)
    }

    @Test func wrongPINsCountDownThroughPcscdUntilTheCardBlocksEvenTheRightOne() throws {
        let pin = try #require(try DemoCards.profile("t0-card").pin)
        let results = try withCard("t0-card") { name, _ in
            try ["000000", "000000", "000000", pin].map { try verify($0, in: name) }
        }
        #expect(results == [.wrong(triesLeft: 2), .wrong(triesLeft: 1), .blocked, .blocked])
    }

    @Test func aCardOnTheIssuingDefaultAcceptsItThroughPcscdAndTheKioskKnowsItIsTheDefault() throws {
        let result = try withCard("coordinator") { name, _ in try verify("123456", in: name) }
        #expect(result == .verified)
        #expect(try #require(CardPIN("123456")).isIssuingDefault)
    }
}
