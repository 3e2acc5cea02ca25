import KioskFlows
import KioskSpeech

/// Reads screens aloud through a speech synthesiser (espeak-ng, Mandarin voice).
final class SpeakingScreenReader: ScreenReader {
    private let speaker: any Speaker

    /// A reader speaking through `speaker`.
    init(speaker: any Speaker) {
        self.speaker = speaker
    }

    func read(_ lines: [String]) {
        speaker.speak(lines.map { Utterance($0, kind: .question) })
    }

    func stop() {
        speaker.stop()
    }
}
