/// The program a speaker runs to say a text, and how the text becomes its arguments.
public struct SpeechCommand: Sendable {
    /// A program name looked up in PATH, or a path containing a slash.
    public var program: String
    /// The arguments that make the program say `text`.
    public var arguments: @Sendable (_ text: String) -> [String]

    /// Creates a command from a program and its argument builder.
    public init(program: String, arguments: @escaping @Sendable (_ text: String) -> [String]) {
        self.program = program
        self.arguments = arguments
    }

    /// `espeak-ng` with a voice (Mandarin `cmn` by default), treating each line as a clause so
    /// utterances are said with a pause between them; with `waveFile` it writes a WAV file instead of playing.
    public static func espeak(voice: String = "cmn", waveFile: String? = nil) -> SpeechCommand {
        SpeechCommand(program: "espeak-ng") { text in
            ["-v", voice, "-l", "1000"] + (waveFile.map { ["-w", $0] } ?? []) + ["--", text]
        }
    }
}
