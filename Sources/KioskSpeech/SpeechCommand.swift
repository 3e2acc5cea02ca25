/// The program a speaker runs and its arguments; the text to say never appears among them.
///
/// Every local user can read any process's command line (`/proc/PID/cmdline`, `ps`), so what the
/// kiosk says, a name or a masked number, goes to the program on its standard input instead.
public struct SpeechCommand: Sendable {
    /// A program name looked up in PATH, or a path containing a slash.
    public var program: String
    /// The arguments the program is started with, the same for every text.
    public var arguments: [String]

    /// Creates a command from a program and its fixed arguments.
    public init(program: String, arguments: [String] = []) {
        self.program = program
        self.arguments = arguments
    }

    /// `espeak-ng` with a voice (Mandarin `cmn` by default), reading the text from standard input
    /// (`--stdin`) and treating each line as a clause so utterances are said with a pause between them;
    /// with `waveFile` it writes a WAV file instead of playing.
    public static func espeak(voice: String = "cmn", waveFile: String? = nil) -> SpeechCommand {
        SpeechCommand(program: "espeak-ng", arguments: ["-v", voice, "-l", "1000"] + (waveFile.map { ["-w", $0] } ?? []) + ["--stdin"])
    }
}
