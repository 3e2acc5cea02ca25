import Foundation
import KioskDomain
import KioskFlows
import SmartCard
import Testing
@testable import KioskServices

/// No virtual readers in production: which reader `kiosk run` takes cards from, and what it says when none.
struct ReaderChoiceTests {
    static let real = "ACS ACR39U ICC Reader 00 00"
    static let secondReal = "Generic EMV Smartcard Reader 01 00"
    static let virtual0 = "Virtual PCD 00 00"
    static let virtual1 = "Virtual PCD 00 01"

    @Test("an empty reader means the first real reader, virtual ones skipped, not every reader")
    func anEmptyReaderIsTheFirstRealOne() {
        let choice = ReaderChoice(configured: "", allowsVirtualReaders: false)
        #expect(choice.configured == nil)
        #expect(choice.chosen(among: [Self.virtual0, Self.real, Self.secondReal]) == Self.real)
        #expect(choice.chosen(among: [Self.secondReal, Self.real]) == Self.secondReal)
        #expect(choice.problem(among: [Self.virtual0, Self.real]) == nil)
    }

    @Test("only virtual readers attached: none is used, and the reason names them")
    func onlyVirtualReadersAreRefused() {
        let choice = ReaderChoice(configured: nil, allowsVirtualReaders: false)
        #expect(choice.chosen(among: [Self.virtual0, Self.virtual1]) == nil)
        let problem = choice.problem(among: [Self.virtual0, Self.virtual1])
        #expect(problem == .onlyVirtualReaders([Self.virtual0, Self.virtual1]))
        #expect(problem?.messageKey == "cardReader.virtualRefused")
        #expect(problem?.logLine.contains(Self.virtual0) == true)
        #expect(choice.problem(among: []) == nil, "no reader at all is the card service's own message")
    }

    @Test("a configured virtual reader is refused unless virtual readers are allowed")
    func aConfiguredVirtualReaderNeedsTheSetting() {
        let refused = ReaderChoice(configured: Self.virtual0, allowsVirtualReaders: false)
        #expect(refused.chosen(among: [Self.virtual0, Self.real]) == nil)
        #expect(refused.problem(among: [Self.virtual0, Self.real]) == .virtualReaderRefused(Self.virtual0))
        let allowed = ReaderChoice(configured: Self.virtual0, allowsVirtualReaders: true)
        #expect(allowed.chosen(among: [Self.real, Self.virtual0]) == Self.virtual0)
    }

    @Test("allowed virtual readers: the first attached reader, as the demo uses")
    func allowedVirtualReadersCount() {
        let demo = ReaderChoice(configured: nil, allowsVirtualReaders: true)
        #expect(demo.chosen(among: [Self.virtual0, Self.virtual1]) == Self.virtual0)
    }

    @Test("a configured reader not attached is reported as missing, another reader is not taken instead")
    func aMissingConfiguredReader() {
        let choice = ReaderChoice(configured: Self.real, allowsVirtualReaders: false)
        #expect(choice.chosen(among: [Self.secondReal]) == nil)
        #expect(choice.problem(among: [Self.secondReal]) == .configuredReaderMissing(Self.real))
    }

    @Test("the watch passes only the chosen reader's cards and says once why no reader is used")
    func theWatchFollowsTheChoice() {
        var watch = ReaderWatch(choice: ReaderChoice(configured: nil, allowsVirtualReaders: false))
        let first = watch.take(.readerAdded(Self.virtual0))
        #expect(first.signals == [.serviceUnavailable(UserMessage("cardReader.virtualRefused"))])
        #expect(first.log?.contains("only virtual card readers") == true)
        let again = watch.take(.readerAdded(Self.virtual1))
        #expect(again.log == nil, "the same problem is logged once")
        #expect(watch.take(.cardInserted(reader: Self.virtual0, atr: [0x3B], insertion: 1)).signals.isEmpty,
                "a card in a virtual reader is not read")
        #expect(watch.take(.readerAdded(Self.real)).signals == [.serviceAvailable])
        #expect(watch.take(.cardInserted(reader: Self.real, atr: [0x3B], insertion: 4)).signals
            == [.inserted(reader: Self.real, insertion: 4)])
        #expect(watch.take(.cardRemoved(reader: Self.virtual1)).signals.isEmpty)
        #expect(watch.take(.cardRemoved(reader: Self.real)).signals == [.removed(reader: Self.real)])
        let gone = watch.take(.readerRemoved(Self.real))
        #expect(gone.signals == [.serviceUnavailable(UserMessage("cardReader.virtualRefused"))])
        #expect(gone.log != nil, "the problem came back: logged again")
    }

    @Test("the configuration keys allowVirtualReaders and uidCardsMayTransact are read, and are off when left out")
    func theConfigurationKey() throws {
        let base = #"{"villageCode":"450124100210","villageName":"那料村","database":"/tmp/k.sqlite""#
        let plain = try JSONDecoder().decode(KioskConfig.self, from: Data((base + "}").utf8))
        #expect(plain.allowVirtualReaders == false)
        #expect(plain.uidCardsMayTransact == false, "a UID-only ID card queries only unless configured")
        #expect(plain.reader == "")
        let demo = try JSONDecoder().decode(KioskConfig.self, from: Data((base + #","allowVirtualReaders":true}"#).utf8))
        #expect(demo.allowVirtualReaders)
        let county = try JSONDecoder().decode(KioskConfig.self, from: Data((base + #","uidCardsMayTransact":true}"#).utf8))
        #expect(county.uidCardsMayTransact && !county.allowVirtualReaders)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-config-\(UUID().uuidString).json").path
        try (base + #","allowVirtualReaders":"yes"}"#).write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: StartupError.self, "a wrong type is refused with the file named") {
            try KioskConfig.load(path: path)
        }
    }
}
