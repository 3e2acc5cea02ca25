import ArgumentParser
import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import SmartCard

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

    func run() throws {
        do {
            let folder = dataDir ?? DataFolder.defaultDemoFolder()
            try DataFolder.prepare(folder)
            let strings = try KioskLauncher.loadStrings()
            let demo = try StoreOpening.openDemo(in: folder)
            let deck = try DemoCardDeck()
            let station = CardStation(store: demo.store, readerName: nil, nations: try CardStation.nationTable())
            let policies = try StoreOpening.policies()
            let desk = VillagerDesk(
                store: demo.store, policies: policies, serviceCounty: demo.village.countyCode,
                regions: try StoreOpening.regions()
            )
            let printer = ReceiptPrinting(devicePath: try DataFolder.demoPrinterFile(in: folder), paperColumns: 32)
            let timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
            let effects = EffectRunner(
                station: station, desk: desk, coordinators: CoordinatorDesk(store: demo.store, policies: policies), printer: printer,
                strings: strings, timeZone: timeZone, deck: deck
            )
            let villageName = demo.village.county + demo.village.township + demo.village.villageName
            let daemon = DemoCardService()
            defer {
                deck.stop()
                daemon.stop()
            }
            let launcher = KioskLauncher(
                settings: KioskSettings(
                    villageName: villageName, isDemo: true,
                    demoCardLabels: deck.labels(store: demo.store, strings: strings), startsInElderlyMode: elderly, hasPrinter: true,
                    timeZone: timeZone
                ),
                timeZone: timeZone,
                log: KioskLog(path: (folder as NSString).appendingPathComponent("kiosk.log")),
                speech: voice,
                handleEffect: effects.run
            )
            try launcher.run(strings: strings) { inbox in
                // pcscd and the simulated reader start after the first frame, off the UI thread.
                Thread.detachNewThread {
                    if daemon.start() {
                        deck.start()
                    } else {
                        inbox.post(.card(.serviceUnavailable(UserMessage(SmartCardError.serviceNotRunning.messageKey))))
                    }
                    station.watch(posting: inbox)
                }
            }
        } catch {
            FileHandle.standardError.write(Data("kiosk: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
