import CardSimulator
import Testing
@testable import SmartCard

struct GA467ReaderTests {
    static let fields = ["韦秀英", "2", "08", "19520608", "广西壮族自治区南宁市隆安县那桐镇定江村", "450123195206080023",
                         "隆安县公安局", "20120301", "长期"]

    @Test func readsTheCardThroughASimulatedModuleOnAPseudoTerminal() throws {
        let module = try PseudoTerminalModule(module: SimulatedGA467Module(cardFields: Self.fields))
        defer { module.stop() }
        let reader = try GA467Reader(path: module.devicePath, timeoutMilliseconds: 2000)
        let card = try reader.readCard()
        #expect(card.name == "韦秀英")
        #expect(card.idNumber == "450123195206080023")
        #expect(card.address.hasSuffix("定江村"))
        #expect(card.validTo == nil)
        #expect(card.photo.count == 1024)
        #expect(card.identity(nations: try DemoCards.nations()).nationName == "壮族")
    }

    @Test func noCardInTheFieldIsAFindCardFailure() throws {
        let module = try PseudoTerminalModule(module: SimulatedGA467Module(cardFields: nil))
        defer { module.stop() }
        let reader = try GA467Reader(path: module.devicePath, timeoutMilliseconds: 2000)
        #expect(throws: GA467Error.status(0x80)) { try reader.readCard() }
        module.update { $0.cardFields = Self.fields }
        #expect(try reader.readCard().sex == "2")
        module.update { $0.failingReadStatus = 0x41 }
        #expect(throws: GA467Error.status(0x41)) { try reader.readCard() }
    }

    @Test func aMissingDeviceIsPortUnavailable() {
        #expect(throws: GA467Error.portUnavailable(path: "/dev/nonexistent-ga467")) {
            try GA467Reader(path: "/dev/nonexistent-ga467")
        }
    }
}
