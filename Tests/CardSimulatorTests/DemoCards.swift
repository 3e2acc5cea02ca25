import CardSimulator
import Foundation
import KioskAssets
import SmartCard

/// Demo card profiles and fixed dates for the simulator tests.
enum DemoCards {
    static let today = CardDate(year: 2026, month: 5, day: 1)!

    static func profile(_ id: String) throws -> CardProfile {
        try CardProfile.load(from: KioskAssets.url("demo/cards/\(id).json"))
    }

    static func nations() throws -> NationTable {
        NationTable(csv: String(decoding: try KioskAssets.data("reference/nations-gb3304.csv"), as: UTF8.self))
    }
}

/// A card channel straight into a `SimulatedCard`, without pcscd.
final class SimulatedCardChannel: CardChannel {
    var card: SimulatedCard

    init(_ card: SimulatedCard) {
        self.card = card
    }

    func transmit(_ command: [UInt8]) throws(SmartCardError) -> [UInt8] {
        switch card.answer(command) {
        case .respond(let bytes): return bytes
        case .pull: throw .cardRemoved
        }
    }
}
