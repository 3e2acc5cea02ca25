import Testing
@testable import KioskSpeech

struct EspeakTextTests {
    @Test func utterancesBecomeOneLineEachWithMaskedNumbersSpelledOut() {
        let text = EspeakText.render([
            Utterance("身份证号", kind: .figure),
            Utterance("450102199001011234", kind: .figure),
            Utterance("按 1，参保登记", kind: .choice),
            Utterance("缴费300元，2024年", kind: .figure),
        ])
        #expect(text == "身份证号\n4 5 0 1， 1 2 3 4\n按 1，参保登记\n缴费300元，2024年")
    }
}
