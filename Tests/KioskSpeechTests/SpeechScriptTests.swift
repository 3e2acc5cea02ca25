import Testing
@testable import KioskSpeech

struct SpeechScriptTests {
    static let phrases = SpeechPhrases(choice: "按 {key}，{label}", figure: "{label}，{value}")

    @Test func aScreenIsReadTitleQuestionChoicesThenFigures() {
        let script = SpeechScript.screen(
            title: "城乡居民养老保险", question: "请选择要办理的业务",
            choices: [(key: "1", label: "参保登记"), (key: "2", label: "缴费"), (key: "0", label: "返回")],
            figures: [(label: "本年缴费", value: "300元")],
            phrases: Self.phrases
        )
        #expect(script.utterances == [
            Utterance("城乡居民养老保险", kind: .title),
            Utterance("请选择要办理的业务", kind: .question),
            Utterance("按 1，参保登记", kind: .choice),
            Utterance("按 2，缴费", kind: .choice),
            Utterance("按 0，返回", kind: .choice),
            Utterance("本年缴费，300元", kind: .figure),
        ])
    }

    @Test func idNumbersAreOnlySpokenMasked() {
        var script = SpeechScript(phrases: Self.phrases)
        script.addFigure(label: "身份证号", value: .idNumber("45010219900101123X"))
        script.addReceiptLine("参保人 张三 450102199001011234 已登记")
        script.addQuestion(.plain("号码450102199001011234对吗"))
        #expect(script.utterances.map(\.text) == [
            "身份证号，4501**********123X",
            "参保人 张三 4501**********1234 已登记",
            "号码4501**********1234对吗",
        ])
        #expect(!script.utterances.contains { $0.text.contains("0219900101") })
    }

    @Test func aPINIsNeverSpokenWhereverItIsPut() {
        var script = SpeechScript(phrases: Self.phrases)
        script.addTitle(.pin("135790"))
        script.addQuestion("请输入密码")
        script.addChoice(key: "1", label: .pin("135790"))
        script.addFigure(label: "密码", value: .pin("135790"))
        script.addReceiptLine(.pin("135790"))
        #expect(script.utterances == [Utterance("请输入密码", kind: .question), Utterance("密码", kind: .figure)])
        let receipt = SpeechScript.receipt(lines: ["缴费成功", .pin("135790"), "金额 300元"], phrases: Self.phrases)
        #expect(receipt.utterances.map(\.text) == ["缴费成功", "金额 300元"])
        #expect(receipt.utterances.allSatisfy { $0.kind == .receiptLine })
    }

    @Test func blankPartsAreLeftOut() {
        let script = SpeechScript.screen(title: " ", question: nil, phrases: Self.phrases)
        #expect(script.utterances.isEmpty)
        let receipt = SpeechScript.receipt(lines: ["", "\n", "缴费成功"], phrases: Self.phrases)
        #expect(receipt.utterances == [Utterance("缴费成功", kind: .receiptLine)])
    }
}
