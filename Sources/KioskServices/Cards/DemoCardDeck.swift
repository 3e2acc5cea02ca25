import CardSimulator
import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore
import SmartCard

/// The demo's cards: simulated cards in virtual reader 0 of the real pcscd, inserted and pulled by key.
public final class DemoCardDeck: Sendable {
    /// The demo cards F3, F4, ... insert, in order (profiles in `Assets/demo/cards/`): a villager past the pension
    /// age who may claim it (F3), then the coordinator's (F4).
    static let profileIDs = ["gen3-pension-age", "coordinator", "gen3-unenrolled-adult", "gen1-pensioner", "t0-card",
                             "id-card-uid"]

    let profiles: [CardProfile]
    /// One simulated card per profile, kept for the whole demo so each card's PIN try counter survives
    /// pulling and inserting it again, as on a real card.
    private let cards: [SimulatedCard]
    private let slot = VirtualCardSlot(reader: 0)

    /// Loads the demo card profiles, their dates moved like the demo village's (`shift`), so each card
    /// still belongs to the same villager of the seeded village.
    public init(shift: DemoDayShift) throws(StartupError) {
        do {
            profiles = try Self.profileIDs.map { id in
                try CardProfile.load(from: KioskAssets.url("demo/cards/\(id).json")).shifted(by: shift)
            }
        } catch {
            throw .unreadableAssets(reason: "demo cards: \(error)")
        }
        cards = profiles.map { SimulatedCard(profile: $0) }
    }

    /// The PINs the home screen shows for F3, F4, ...: a social-security card's own (the issuing default when its
    /// profile names none), nothing for an ID card.
    var pins: [String] {
        profiles.map { profile in
            profile.kind == .socialSecurity ? profile.pin ?? SimulatedPIN.issuingDefault : ""
        }
    }

    /// The labels the home screen shows beside F3, F4, ...: the holder's name, or for an ID card
    /// the name of the person it is registered to.
    func labels(store: KioskStore, strings: StringCatalog) -> [String] {
        profiles.map { profile in
            if let holder = profile.holder {
                return holder.name
            }
            let registered = profile.uid.flatMap { try? store.person(cardUID: $0) }
            return registered.map { strings.text("demo.idCardLabel", .chinese, ["name": $0.name]) } ?? profile.id
        }
    }

    /// Plugs the simulated slot into vpcd (pcscd must be running).
    func start() {
        slot.start()
    }

    /// Puts demo card `index` into the reader, replacing any card in it.
    func insert(_ index: Int) {
        guard profiles.indices.contains(index) else { return }
        slot.insert(cards[index].reinserted())
    }

    /// Pulls the card out.
    func remove() {
        slot.remove()
    }

    /// Unplugs the slot.
    func stop() {
        slot.stop()
    }
}
