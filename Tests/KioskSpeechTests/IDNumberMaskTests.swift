import Testing
@testable import KioskSpeech

struct IDNumberMaskTests {
    @Test func maskKeepsTheFirstAndLastFourCharacters() {
        #expect(IDNumberMask.mask("45010219900101123X") == "4501**********123X")
        #expect(IDNumberMask.mask("450102900101123") == "4501*******1123")
        #expect(IDNumberMask.mask("12345678") == "********")
        #expect(IDNumberMask.mask("") == "")
    }

    @Test func idLikeRunsInFreeTextAreMaskedAndShorterNumbersKept() {
        #expect(IDNumberMask.redactingIDLikeRuns(in: "证号45010219900101123x。") == "证号4501**********123x。")
        #expect(IDNumberMask.redactingIDLikeRuns(in: "卡号6217000010002000300") == "卡号6217***********0300")
        #expect(IDNumberMask.redactingIDLikeRuns(in: "电话13800138000，金额300元，2024年") == "电话13800138000，金额300元，2024年")
        #expect(IDNumberMask.redactingIDLikeRuns(in: "X450102199001011234X") == "X4501**********1234X")
        #expect(IDNumberMask.redactingIDLikeRuns(in: "") == "")
    }

    @Test func anUtteranceCannotHoldAFullIDNumber() {
        let utterance = Utterance("450102199001011234", kind: .receiptLine)
        #expect(utterance.text == "4501**********1234")
    }
}
