import ArgumentParser
import Foundation
import KioskDomain
import KioskServices

/// `kiosk demo`: the kiosk with a demo village and demo cards, for trying it out anywhere.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the kiosk with a demo village and demo cards (F5-F8 insert a card, F9 pulls it, F10 ends)."
    )

    @Option(name: .long, help: "Where the demo keeps its database (default: $XDG_DATA_HOME/village-kiosk or ~/.local/share/village-kiosk).")
    var dataDir: String?

    @Flag(name: .long, help: "Start in elderly mode: large text, high contrast, number keys.")
    var elderly = false

    @Flag(name: .long, help: "Read screens aloud in elderly mode (espeak-ng, Mandarin voice).")
    var voice = false

    @Option(name: .long, help: "Play the demo on this day (YYYY-MM-DD): the clock starts at 09:00 that day and the demo village is drawn up for it (default: today).")
    var today: String?

    func validate() throws {
        if let today, CivilDate(iso: today) == nil {
            throw ValidationError("--today must be a day as YYYY-MM-DD, got \(today)")
        }
    }

    func run() throws {
        do {
            let start = KioskStart.demo(dataFolder: dataDir, elderly: elderly, voice: voice, today: today.flatMap(CivilDate.init(iso:)))
            try KioskAssembly.assemble(start, machineClock: KioskCommand.machineClock()).run()
        } catch {
            FileHandle.standardError.write(Data("kiosk: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
