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

    /// The demo village's name, as its status line shows it.
    static let villageName = "那坡县城厢镇龙华村"

    func run() throws {
        do {
            let folder = dataDir ?? DataFolder.defaultDemoFolder()
            try DataFolder.prepare(folder)
            let strings = try KioskLauncher.loadStrings()
            let launcher = KioskLauncher(
                settings: KioskSettings(villageName: Self.villageName, isDemo: true, startsInElderlyMode: elderly),
                timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current
            )
            try launcher.run(strings: strings)
        } catch {
            FileHandle.standardError.write(Data("kiosk: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
