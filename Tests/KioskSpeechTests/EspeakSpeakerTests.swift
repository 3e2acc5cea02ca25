import Foundation
import Testing
@testable import KioskSpeech

/// Serialized: each test blocks its thread while a child runs in a task of the shared pool, and on a
/// two-core machine two such tests at once would leave that task no thread to run on.
@Suite(.serialized)
struct EspeakSpeakerTests {
    static let hello = [Utterance("你好", kind: .title)]

    /// A command running a shell script; the text espeak-ng would get is on the script's standard input.
    static func shell(_ script: String) -> SpeechCommand {
        SpeechCommand(program: "/bin/sh", arguments: ["-c", script, "sh"])
    }

    /// Polls until `condition` holds, for at most ten seconds.
    static func eventually(_ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + .seconds(10)
        while !condition() {
            if ContinuousClock.now > deadline { return false }
            usleep(2_000)
        }
        return true
    }

    /// True while a process with `pid` exists (running or not yet reaped).
    static func exists(_ pid: pid_t) -> Bool { kill(pid, 0) == 0 }

    @Test func aMissingProgramIsLoggedOnceAndTheSpeakerStaysSilent() {
        let recorder = SpeechLogRecorder()
        let speaker = EspeakSpeaker(command: SpeechCommand(program: "no-such-speech-program"), log: recorder.log)
        speaker.speak(Self.hello)
        speaker.speak(Self.hello)
        speaker.stop()
        #expect(!speaker.isAvailable && !speaker.isSpeaking)
        #expect(recorder.problems == [.programMissing(program: "no-such-speech-program")])
        #expect(recorder.problems.first?.messageKey == "speech.error.programMissing")
    }

    @Test func theTextReachesTheProgramAsOneLinePerUtterance() throws {
        let scratch = try SpeechScratchDirectory()
        defer { scratch.remove() }
        let output = scratch.path("said.txt")
        let speaker = EspeakSpeaker(command: Self.shell("cat > '\(output)'"))
        speaker.speak([Utterance("首页", kind: .title), Utterance("按 1，参保登记", kind: .choice)])
        #expect(speaker.waitUntilSilent(timeout: .seconds(10)))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "首页\n按 1，参保登记")
        #expect(speaker.isAvailable && !speaker.isSpeaking)
    }

    @Test("the text reaches espeak-ng on standard input and no part of it is on the command line")
    func theTextIsOnStandardInputNotOnTheCommandLine() throws {
        let scratch = try SpeechScratchDirectory()
        defer { scratch.remove() }
        // A stand-in for espeak-ng: records each argument on a line of its own, then its standard input.
        let standIn = scratch.path("espeak-ng")
        let argv = scratch.path("argv.txt"), stdin = scratch.path("stdin.txt")
        try "#!/bin/sh\nfor argument in \"$0\" \"$@\"; do printf '%s\\n' \"$argument\"; done > '\(argv)'\ncat > '\(stdin)'\n"
            .write(toFile: standIn, atomically: true, encoding: .utf8)
        #expect(chmod(standIn, 0o700) == 0)
        var command = SpeechCommand.espeak(voice: "cmn")
        command.program = standIn
        let speaker = EspeakSpeaker(command: command)
        let said = [Utterance("韦秀英，您好", kind: .title), Utterance("账号 6228480012345678901", kind: .figure)]
        speaker.speak(said)
        #expect(speaker.waitUntilSilent(timeout: .seconds(10)))
        let arguments = try String(contentsOfFile: argv, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(arguments == [standIn, "-v", "cmn", "-l", "1000", "--stdin"])
        let text = try String(contentsOfFile: stdin, encoding: .utf8)
        #expect(text == EspeakText.render(said))
        #expect(text.contains("韦秀英，您好") && text.contains("6 2 2 8， 8 9 0 1"), "the account number arrives masked: \(text)")
        for word in ["韦秀英", "您好", "6228", "8901", "账号"] {
            #expect(!arguments.contains { $0.contains(word) }, "\(word) is on the command line")
        }
        #expect(speaker.isAvailable)
    }

    @Test("the arguments built for espeak-ng are the same for every text and read it from standard input")
    func espeakArgumentsNeverCarryTheText() {
        #expect(SpeechCommand.espeak().arguments == ["-v", "cmn", "-l", "1000", "--stdin"])
        #expect(SpeechCommand.espeak(voice: "en", waveFile: "/tmp/x.wav").arguments
            == ["-v", "en", "-l", "1000", "-w", "/tmp/x.wav", "--stdin"])
    }

    @Test("a text longer than the pipe buffer is cut at a whole line, so filling the pipe never blocks")
    func longTextsAreCutAtALine() {
        let line = Array(String(repeating: "很", count: 99).utf8) + [0x0A]
        let long = Array(repeating: line, count: 200).flatMap { $0 }
        let cut = SpokenInput.cut(long)
        #expect(cut.count <= SpokenInput.limit && cut.count > SpokenInput.limit - line.count)
        #expect(cut.count % line.count == line.count - 1, "cut just before a newline")
        #expect(SpokenInput.cut(line) == line)
    }

    @Test func aNewSpeakOrStopTerminatesTheRunningChild() throws {
        let scratch = try SpeechScratchDirectory()
        defer { scratch.remove() }
        let pids = scratch.path("pids")
        let recorder = SpeechLogRecorder()
        let speaker = EspeakSpeaker(command: Self.shell("echo $$ >> '\(pids)'; exec sleep 60"), log: recorder.log)
        func started() -> [pid_t] {
            ((try? String(contentsOfFile: pids, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { pid_t($0) }
        }
        speaker.speak(Self.hello)
        #expect(Self.eventually { started().count == 1 })
        let first = try #require(started().first)
        #expect(speaker.isSpeaking && Self.exists(first))

        speaker.speak([Utterance("再见", kind: .title)])
        #expect(!Self.exists(first))
        #expect(Self.eventually { started().count == 2 })
        let second = try #require(started().last)
        #expect(speaker.isSpeaking && Self.exists(second))

        speaker.stop()
        #expect(!Self.exists(second) && !speaker.isSpeaking)
        #expect(speaker.isAvailable && recorder.problems.isEmpty)
    }

    @Test func anErrorLineOnStandardErrorIsLoggedOnceAsAPlaybackFailure() {
        let recorder = SpeechLogRecorder()
        let speaker = EspeakSpeaker(
            command: Self.shell("echo 'ALSA lib pcm.c: Unknown PCM default' >&2; echo 'error: No such file or directory' >&2"),
            log: recorder.log
        )
        speaker.speak(Self.hello)
        #expect(speaker.waitUntilSilent(timeout: .seconds(10)))
        speaker.speak(Self.hello)
        #expect(!speaker.isSpeaking && !speaker.isAvailable)
        #expect(recorder.problems == [
            .playbackFailed(program: "/bin/sh", status: 0, detail: "error: No such file or directory"),
        ])
    }

    @Test func aFailingExitStatusIsAPlaybackFailure() {
        let recorder = SpeechLogRecorder()
        let speaker = EspeakSpeaker(command: Self.shell("echo 'cannot play' >&2; exit 3"), log: recorder.log)
        speaker.speak(Self.hello)
        #expect(speaker.waitUntilSilent(timeout: .seconds(10)))
        #expect(!speaker.isAvailable)
        #expect(recorder.problems == [.playbackFailed(program: "/bin/sh", status: 3, detail: "cannot play")])
    }

    @Test(.enabled(if: ProgramLocation.resolve("espeak-ng") != nil, "espeak-ng is not installed; Kiosk/setup installs it"))
    func espeakWritesAMandarinWaveFileOfNonZeroDuration() throws {
        let scratch = try SpeechScratchDirectory()
        defer { scratch.remove() }
        let wave = scratch.path("hello.wav")
        let recorder = SpeechLogRecorder()
        let speaker = EspeakSpeaker(command: .espeak(voice: "cmn", waveFile: wave), log: recorder.log)
        speaker.speak(Self.hello)
        #expect(speaker.waitUntilSilent(timeout: .seconds(60)))
        #expect(recorder.problems.isEmpty)
        let header = try WaveHeader(data: Data(contentsOf: URL(fileURLWithPath: wave)))
        #expect(header.dataSize > 0)
        #expect(header.duration > 0.2 && header.duration < 10)
    }
}
