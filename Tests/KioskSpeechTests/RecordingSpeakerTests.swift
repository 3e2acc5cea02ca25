import Testing
@testable import KioskSpeech

struct RecordingSpeakerTests {
    @Test func recordsBatchesAndStopsInOrder() {
        let speaker = RecordingSpeaker()
        let first = [Utterance("首页", kind: .title), Utterance("按 1，参保登记", kind: .choice)]
        let second = [Utterance("缴费", kind: .title)]
        speaker.speak(first)
        speaker.stop()
        speaker.speak(second)
        #expect(speaker.events == [.speak(first), .stop, .speak(second)])
        #expect(speaker.spoken.map(\.text) == ["首页", "按 1，参保登记", "缴费"])
        #expect(speaker.isAvailable)
    }

    @Test func anUnavailableSpeakerSaysNothing() {
        let speaker = RecordingSpeaker(isAvailable: false)
        speaker.speak([Utterance("首页", kind: .title)])
        #expect(!speaker.isAvailable && speaker.spoken.isEmpty)
    }
}
