import ArgumentParser
import CardSimulator
import Foundation
import KioskAssets
import SmartCard

/// `kiosk-cardsim`: a virtual card in a vpcd reader, inserted and removed on command (stdin or a control socket).
struct CardSimulatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk-cardsim",
        abstract: "Simulate social-security and ID cards in a vpcd reader of pcscd.",
        discussion: """
        Commands on stdin or the control socket, one per line: `insert <profile> [fault...]`, `remove`, `quit`.
        A profile is a JSON file or the name of a demo card. Events are printed one per line.
        """
    )

    @Option(help: "vpcd reader number (0 listens on port 35963, 1 on 35964).")
    var reader: Int = 0

    @Option(help: "Card profile inserted at start (JSON path or demo card name).")
    var card: String?

    @Option(help: "vpcd port, overriding the reader number's port.")
    var port: UInt16?

    @Option(help: "Unix socket path accepting the same commands as stdin.")
    var control: String?

    @Option(help: "Fault for the start card: pulled-after:N, wrong-sw:XXXX[@N], truncated:TAG, garbage:TAG, slow:MS.")
    var fault: [String] = []

    func validate() throws {
        for argument in fault where CardFault(argument: argument) == nil {
            throw ValidationError("unknown fault \(argument)")
        }
        guard (0...1).contains(reader) || port != nil else { throw ValidationError("reader must be 0 or 1") }
    }

    func run() throws {
        let slot = VirtualCardSlot(reader: reader, port: port) { emit($0.line) }
        slot.start()
        if let card {
            try slot.insert(Self.simulatedCard(profile: card, faults: fault))
        }
        let quit = DispatchSemaphore(value: 0)
        let handle: @Sendable (String) -> String = { line in
            guard let command = SimulatorCommand(line: line) else { return "error unknown-command" }
            switch command {
            case .insert(let profile, let faults):
                do {
                    slot.insert(try Self.simulatedCard(profile: profile, faults: faults))
                    return "ok"
                } catch {
                    return "error \(error)"
                }
            case .remove:
                slot.remove()
                return "ok"
            case .quit:
                quit.signal()
                return "ok"
            }
        }
        if let control {
            try ControlSocket.listen(path: control, handle: handle)
        }
        Thread.detachNewThread {
            while let line = readLine() {
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                let reply = handle(line)
                if reply != "ok" { emit(reply) }
            }
        }
        emit("ready reader=\(reader) port=\(slot.port)")
        quit.wait()
        slot.stop()
        if let control { unlink(control) }
        emit("stopped")
    }

    /// Loads a profile (file path or demo card name) and attaches faults.
    static func simulatedCard(profile: String, faults: [String]) throws -> SimulatedCard {
        let url = FileManager.default.fileExists(atPath: profile)
            ? URL(fileURLWithPath: profile)
            : KioskAssets.url("demo/cards/\(profile).json")
        let parsed = try faults.map { argument -> CardFault in
            guard let fault = CardFault(argument: argument) else { throw ValidationError("unknown fault \(argument)") }
            return fault
        }
        return SimulatedCard(profile: try CardProfile.load(from: url), faults: parsed)
    }
}

/// Writes one event line straight to stdout (unbuffered), so a script reading the pipe sees it at once.
///
/// Not `print` + `fflush(nil)`: flushing all streams waits for stdin's lock, held by the blocked `readLine`.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
