import Testing
@testable import SmartCard
import TextCodecs

/// The card PIN's VERIFY command and how the card's answers are read.
struct CardPINTests {
    @Test func aSixDigitPINGoesToTheCardAsThreeBCDBytesInVerify() throws {
        let pin = try #require(CardPIN("314159"))
        #expect(Hex.string(pin.verifyCommand.bytes) == "0020000003314159")
    }

    @Test(arguments: ["12345", "1234567", "12a456", "", "１２３４５６"])
    func anythingButSixASCIIDigitsIsNoPIN(text: String) {
        #expect(CardPIN(text) == nil)
    }

    @Test func onlyTheIssuingDefaultIsReportedAsDefault() throws {
        #expect(try #require(CardPIN("123456")).isIssuingDefault)
        #expect(try !#require(CardPIN("123457")).isIssuingDefault)
    }

    @Test func aPINNeverPrintsItsDigits() throws {
        let pin = try #require(CardPIN("314159"))
        #expect(!"\(pin)".contains("3"))
        #expect(!String(describing: pin).contains("1"))
    }

    @Test func verifyStatusWordsMeanVerifiedTriesLeftOrBlocked() throws {
        #expect(try CardPINVerifier.classify(StatusWord(0x9000)) == .verified)
        #expect(try CardPINVerifier.classify(StatusWord(0x63C2)) == .wrong(triesLeft: 2))
        #expect(try CardPINVerifier.classify(StatusWord(0x63C1)) == .wrong(triesLeft: 1))
        #expect(try CardPINVerifier.classify(StatusWord(0x63C0)) == .blocked)
        #expect(try CardPINVerifier.classify(StatusWord(0x6983)) == .blocked)
    }

    @Test func anUnexpectedAnswerToVerifyIsAnErrorNotAVerifiedPIN() {
        #expect(throws: SmartCardError.status(StatusWord(0x6D00))) {
            try CardPINVerifier.classify(StatusWord(0x6D00))
        }
        #expect(throws: SmartCardError.status(StatusWord(0x6300))) {
            try CardPINVerifier.classify(StatusWord(0x6300))
        }
    }

    @Test func theVerifierSendsOneVerifyAndReadsTheAnswer() throws {
        let pin = try #require(CardPIN("246810"))
        let channel = ScriptedChannel([(pin.verifyCommand.bytes, [0x63, 0xC2])])
        #expect(try CardPINVerifier().verify(pin, over: channel) == .wrong(triesLeft: 2))
        #expect(channel.sent.count == 1)
    }

    @Test func aMalformedAnswerToVerifyIsReportedAsSuch() throws {
        let pin = try #require(CardPIN("246810"))
        let channel = ScriptedChannel([(pin.verifyCommand.bytes, [0x90])])
        #expect(throws: SmartCardError.malformedResponse) { try CardPINVerifier().verify(pin, over: channel) }
    }
}
