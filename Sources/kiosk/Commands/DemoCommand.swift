import ArgumentParser
import Foundation
import KioskFlows

/// `kiosk demo`: the kiosk with a demo village and demo cards, for trying it out anywhere.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the kiosk with a demo village and demo cards."
    )

    @Option(name: .long, help: "Where the demo keeps its database (default: $XDG_DATA_HOME/village-kiosk or ~/.local/share/village-kiosk).")
    var dataDir: String?

    @Flag(name: .long, help: "Start in elderly mode: large text, high contrast, number keys.")
    var elderly = false

    func run() throws {
        do {
            let folder = dataDir ?? DataFolder.defaultDemoFolder()
            try DataFolder.prepare(folder)
            let strings = try KioskLauncher.loadStrings()
            let demo = try StoreOpening.openDemo(in: folder)
            let villageName = demo.village.county + demo.village.township + demo.village.villageName
            let launcher = KioskLauncher(
                settings: KioskSettings(villageName: villageName, isDemo: true, startsInElderlyMode: elderly),
                timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current
            )
            try launcher.run(strings: strings)
        } catch {
            FileHandle.standardError.write(Data("kiosk: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
