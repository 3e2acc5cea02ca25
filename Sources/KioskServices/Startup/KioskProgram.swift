import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore
import KioskSync
import SmartCard
import TerminalUI

/// How `kiosk run` or `kiosk demo` was asked to start: all that differs between the two.
public enum KioskStart: Sendable {
    /// A village's kiosk: its configuration file, with the command line's overrides.
    case run(configPath: String, database: String?, reader: String?, elderly: Bool)
    /// The demo: its data folder (nil for the default), elderly mode and voice, and the day it plays
    /// (nil for the clock's own day; the clock then starts at 09:00 of `today`).
    case demo(dataFolder: String?, elderly: Bool, voice: Bool, today: CivilDate?)
}

/// The kiosk's object graph, built in one place for `run` and `demo`: store, desks, card station,
/// printer, effect runner and launcher, all on one clock.
public struct KioskAssembly {
    /// The database the kiosk serves.
    public let store: KioskStore
    /// The clock every part reads, in the configured zone.
    public let clock: KioskClock
    /// What the runtime starts with.
    public let launcher: KioskLauncher
    /// Carries out the flows' effects.
    public let effects: EffectRunner
    /// Watches and reads the card readers.
    let station: CardStation
    /// The demo's simulated cards and pcscd; nil at a real kiosk.
    let demo: (deck: DemoCardDeck, daemon: DemoCardService)?
    /// The GA 467 resident ID card reader, when the configuration names one (`idReader`).
    var idReader: IDCardReaderStation?
    /// The background sender to the county hub, when the configuration names one.
    var sync: BackgroundSync?
    /// The background SMS sender draining the SMS outbox (a file beside the database unless configured).
    var sms: BackgroundSMSSender?

    /// Builds the graph for `start` on `machineClock` (the machine's time; its zone is replaced by the configured one).
    public static func assemble(_ start: KioskStart, machineClock: KioskClock) throws(StartupError) -> KioskAssembly {
        // The region list is needed first when a villager's file is loaded, so it is read on its own thread and the
        // first frame does not wait for it; the policy tables are read beside the string tables and checked before
        // anything is drawn (an invalid table stops the start).
        let regions = Prepared { () throws(StartupError) in try StoreOpening.regions() }
        let preparedPolicies = Prepared { () throws(StartupError) in try StoreOpening.policies() }
        let strings = try KioskLauncher.loadStrings()
        let nations = try CardStation.nationTable()
        let policies = try preparedPolicies.get()
        switch start {
        case .run(let configPath, let database, let reader, let elderly):
            var config = try KioskConfig.load(path: configPath)
            if let database { config.database = database }
            if let reader { config.reader = reader }
            let clock = machineClock.inZone(try config.resolvedTimeZone(configPath: configPath))
            try DataFolder.requireDatabaseFolder(for: config.database)
            let store = try StoreOpening.open(path: config.database, villageCode: config.villageCode, timeZone: clock.timeZone)
            let printer = config.printer.isEmpty
                ? nil : ReceiptPrinting(devicePath: config.printer, paperColumns: config.paperColumns)
            var settings = KioskSettings(villageName: config.villageName, startsInElderlyMode: elderly || config.elderly,
                                         hasPrinter: printer != nil, timeZone: clock.timeZone)
            settings.uidCardsMayTransact = config.uidCardsMayTransact
            let log = KioskLog(path: config.log, clock: clock)
            var assembly = wire(store: store, clock: clock, settings: settings, strings: strings, policies: policies,
                                regions: regions, nations: nations,
                                readers: ReaderChoice(configured: config.reader, allowsVirtualReaders: config.allowVirtualReaders),
                                printer: printer, log: log,
                                fontPath: config.fontPath, speech: config.speech, demo: nil,
                                idReader: config.idReader.isEmpty ? nil : IDCardReaderStation(path: config.idReader))
            assembly.sync = try config.hub?.backgroundSync(store: store, clock: clock, policies: policies, log: log, configPath: configPath)
            assembly.sms = try (config.sms ?? .fileBeside(database: config.database))
                .backgroundSender(store: store, clock: clock, log: log, database: config.database, configPath: configPath)
            return assembly
        case .demo(let dataFolder, let elderly, let voice, let today):
            let chinaClock = machineClock.inZone(KioskStore.chinaTime)
            let clock = today.map { chinaClock.starting(at: chinaClock.instant(on: $0, hour: 9)) } ?? chinaClock
            let folder = dataFolder ?? DataFolder.defaultDemoFolder()
            try DataFolder.prepare(folder)
            let opened = try StoreOpening.openDemo(in: folder, clock: clock)
            let deck = try DemoCardDeck(shift: DemoDayShift(from: opened.village.referenceDate, to: clock.today))
            let village = opened.village
            var settings = KioskSettings(
                villageName: village.county + village.township + village.villageName, isDemo: true,
                demoCardLabels: deck.labels(store: opened.store, strings: strings), startsInElderlyMode: elderly,
                hasPrinter: true, timeZone: clock.timeZone)
            settings.demoCardPINs = deck.pins
            let printer = ReceiptPrinting(devicePath: try DataFolder.demoPrinterFile(in: folder), paperColumns: 32)
            let log = KioskLog(path: (folder as NSString).appendingPathComponent("kiosk.log"), clock: clock)
            var assembly = wire(store: opened.store, clock: clock, settings: settings, strings: strings, policies: policies,
                                regions: regions, nations: nations,
                                readers: ReaderChoice(configured: nil, allowsVirtualReaders: true), printer: printer, log: log,
                                fontPath: UnifontFont.debianPath, speech: voice, demo: (deck, DemoCardService()))
            let smsFile = (folder as NSString).appendingPathComponent("sms-outbox.jsonl")
            assembly.sms = try SMSConfig(sender: "file", path: smsFile)
                .backgroundSender(store: opened.store, clock: clock, log: log, database: smsFile, configPath: folder)
            return assembly
        }
    }

    private static func wire(store: KioskStore, clock: KioskClock, settings: KioskSettings, strings: StringCatalog,
                             policies: PolicyBook, regions: Prepared<RegionDirectory, StartupError>, nations: NationTable,
                             readers: ReaderChoice,
                             printer: ReceiptPrinting?, log: KioskLog, fontPath: String, speech: Bool,
                             demo: (deck: DemoCardDeck, daemon: DemoCardService)?,
                             idReader: IDCardReaderStation? = nil) -> KioskAssembly {
        let station = CardStation(store: store, clock: clock, readers: readers, nations: nations, log: log)
        let villagers = VillagerDesk(store: store, clock: clock, policies: policies,
                                     serviceCounty: CountyCode(village: store.villageCode), preparedRegions: regions, log: log)
        let coordinators = CoordinatorDesk(store: store, clock: clock, policies: policies, log: log)
        var effects = EffectRunner(
            station: station, desk: villagers, coordinators: coordinators, store: store,
            printer: printer, strings: strings, timeZone: clock.timeZone, deck: demo?.deck)
        effects.idReader = idReader
        let launcher = KioskLauncher(settings: settings, clock: clock, strings: strings, log: log, fontPath: fontPath,
                                     speech: speech, handleEffect: effects.run)
        return KioskAssembly(store: store, clock: clock, launcher: launcher, effects: effects, station: station, demo: demo,
                             idReader: idReader)
    }

    /// Runs the kiosk in this terminal until it ends; the demo's pcscd and cards start after the first frame.
    public func run() throws(StartupError) {
        sync?.start()
        sms?.start()
        defer {
            sms?.stop()
            sync?.stop()
            idReader?.stop()
            demo?.deck.stop()
            demo?.daemon.stop()
        }
        let station = self.station
        let idReader = self.idReader
        let demo = self.demo
        try launcher.run { inbox in
            guard let demo else {
                station.watch(posting: inbox)
                idReader?.watch(posting: inbox)
                return
            }
            // pcscd and the simulated reader start off the UI thread.
            Thread.detachNewThread {
                if demo.daemon.start() {
                    demo.deck.start()
                } else {
                    inbox.post(.card(.serviceUnavailable(UserMessage(SmartCardError.serviceNotRunning.messageKey))))
                }
                station.watch(posting: inbox)
            }
        }
    }
}
