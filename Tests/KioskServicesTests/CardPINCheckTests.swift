import KioskDomain
import KioskFlows
import SmartCard
import Testing
@testable import KioskServices

/// What the card station makes of the card's answer to VERIFY, and of a PIN it cannot send.
struct CardPINCheckTests {
    @Test func aVerifiedIssuingDefaultPINMayNotTransactButAnotherVerifiedPINMay() throws {
        #expect(CardStation.result(of: .verified, pin: try #require(CardPIN("123456"))) == .onIssuingDefault)
        #expect(CardStation.result(of: .verified, pin: try #require(CardPIN("314159"))) == .verified)
    }

    @Test func triesLeftAndABlockedPINPassThrough() throws {
        let pin = try #require(CardPIN("314159"))
        #expect(CardStation.result(of: .wrong(triesLeft: 2), pin: pin) == .wrong(triesLeft: 2))
        #expect(CardStation.result(of: .blocked, pin: pin) == .blocked)
    }

    @Test func aPINThatIsNotSixDigitsIsNeverSentToACard() {
        #expect(CardStation.checkPIN("12345", reader: "no such reader") == .failed(UserMessage("cardPIN.reason.malformed")))
    }
}
