import Foundation
import KioskDomain
import KioskFlows

/// Carries out the flows' effects at the edges: cards, the store, the printer, the demo cards.
struct EffectRunner: Sendable {
    let station: CardStation
    let desk: VillagerDesk
    let coordinators: CoordinatorDesk
    /// The receipt printer; nil when none is configured.
    var printer: ReceiptPrinting?
    /// The texts receipts are printed with (in Chinese, the official language of the receipt).
    let strings: StringCatalog
    let timeZone: TimeZone
    /// The demo's simulated cards; nil at a real kiosk.
    var deck: DemoCardDeck?

    /// Runs one effect; results come back through `inbox`.
    func run(_ effect: KioskEffect, _ inbox: EventInbox) {
        switch effect {
        case .readCard(let reader): station.read(reader: reader, posting: inbox)
        case .loadVillager(let holder): desk.load(holder, posting: inbox)
        case .record(let event, let actor): desk.record(event, actor: actor, posting: inbox)
        case .identifyCoordinator(let holder): coordinators.identify(holder, posting: inbox)
        case .verifyCoordinatorPIN(let cardNumber, let pin): coordinators.verify(cardNumber: cardNumber, pin: pin, posting: inbox)
        case .printReceipt(let receipt): print(receipt, inbox)
        case .insertDemoCard(let index): deck?.insert(index)
        case .removeDemoCard: deck?.remove()
        case .quit: break
        }
    }

    private func print(_ receipt: Receipt, _ inbox: EventInbox) {
        guard let printer else {
            inbox.post(.printed(failureKey: "print.error.notFound"))
            return
        }
        let lines = ReceiptText.lines(receipt, strings: strings, language: .chinese, timeZone: timeZone)
        printer.print(lines: lines) { failureKey in
            inbox.post(.printed(failureKey: failureKey))
        }
    }
}
