import ArgumentParser
import Foundation
import KioskFlows

/// `kiosk run`: the kiosk as installed at a village service point.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the kiosk with a village's configuration file."
    )

    @Option(name: .long, help: "The configuration file.")
    var config = "/etc/village-kiosk/kiosk.json"

    @Option(name: .long, help: "The SQLite database file (overrides the configuration).")
    var db: String?

    @Option(name: .long, help: "The PC/SC reader to use (overrides the configuration).")
    var reader: String?

    @Flag(name: .long, help: "Start in elderly mode: large text, high contrast, number keys.")
    var elderly = false

    func run() throws {
        do {
            var kioskConfig = try KioskConfig.load(path: config)
            if let db { kioskConfig.database = db }
            if let reader { kioskConfig.reader = reader }
            try DataFolder.requireDatabaseFolder(for: kioskConfig.database)
            let store = try StoreOpening.open(path: kioskConfig.database, villageCode: kioskConfig.villageCode)
            let strings = try KioskLauncher.loadStrings()
            let station = CardStation(store: store, readerName: kioskConfig.reader, nations: try CardStation.nationTable())
            let policies = try StoreOpening.policies()
            let desk = VillagerDesk(
                store: store, policies: policies, serviceCounty: String(kioskConfig.villageCode.prefix(6)),
                regions: try StoreOpening.regions()
            )
            let timeZone = try kioskConfig.resolvedTimeZone(configPath: config)
            let printer = kioskConfig.printer.isEmpty
                ? nil : ReceiptPrinting(devicePath: kioskConfig.printer, paperColumns: kioskConfig.paperColumns)
            let effects = EffectRunner(
                station: station, desk: desk, coordinators: CoordinatorDesk(store: store, policies: policies), printer: printer,
                strings: strings, timeZone: timeZone
            )
            let launcher = KioskLauncher(
                settings: KioskSettings(
                    villageName: kioskConfig.villageName, startsInElderlyMode: elderly || kioskConfig.elderly,
                    hasPrinter: printer != nil, timeZone: timeZone
                ),
                timeZone: timeZone,
                log: KioskLog(path: kioskConfig.log),
                fontPath: kioskConfig.fontPath,
                speech: kioskConfig.speech,
                handleEffect: effects.run
            )
            try launcher.run(strings: strings) { inbox in
                station.watch(posting: inbox)
            }
        } catch {
            FileHandle.standardError.write(Data("kiosk: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
