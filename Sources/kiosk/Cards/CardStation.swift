import Foundation
import KioskAssets
import KioskFlows
import KioskStore
import SmartCard
import TextCodecs

/// The kiosk's card edge: watches the PC/SC readers, reads a card when the flows ask, and posts
/// what happened to the UI loop as card signals.
final class CardStation: Sendable {
    private let store: KioskStore
    private let readerName: String?
    private let socialSecurityReader: SocialSecurityCardReader
    private let reads = DispatchQueue(label: "kiosk.card-reads")

    /// A station reading cards for people in `store`; `readerName` limits it to one reader.
    init(store: KioskStore, readerName: String?, nations: NationTable) {
        self.store = store
        self.readerName = readerName.flatMap { $0.isEmpty ? nil : $0 }
        self.socialSecurityReader = SocialSecurityCardReader(nations: nations)
    }

    /// Starts watching the readers; every event reaches `inbox` as a card signal.
    func watch(posting inbox: EventInbox) {
        let events = CardEventSource().events()
        let readerName = readerName
        Task.detached {
            for await event in events {
                if let signal = Self.signal(for: event, readerName: readerName) {
                    inbox.post(.card(signal))
                }
            }
        }
    }

    /// Reads the card in `reader` off the UI thread and posts its holder, or why it cannot be used.
    func read(reader: String, posting inbox: EventInbox) {
        reads.async { [self] in
            inbox.post(.card(readSignal(reader: reader)))
        }
    }

    /// Reads the UID of the card in `reader` (a resident ID card on a contactless reader) and posts it.
    func readUID(reader: String, posting inbox: EventInbox) {
        reads.async {
            do throws(SmartCardError) {
                let context = try PCSCContext()
                let connection = try context.connect(reader: reader)
                defer { connection.disconnect() }
                let uid = Hex.string(try IDCardUIDReader().readUID(over: connection))
                inbox.post(.cardUIDRead(uid: uid, failureKey: nil))
            } catch {
                inbox.post(.cardUIDRead(uid: nil, failureKey: error.messageKey))
            }
        }
    }

    /// What a card event means to the flows; nil for events they need not see.
    static func signal(for event: CardEvent, readerName: String?) -> CardSignal? {
        switch event {
        case .cardInserted(let reader, _):
            return readerName == nil || reader == readerName ? .inserted(reader: reader) : nil
        case .cardRemoved(let reader):
            return readerName == nil || reader == readerName ? .removed(reader: reader) : nil
        case .serviceUnavailable(let messageKey):
            return .serviceUnavailable(messageKey: messageKey)
        case .readerAdded:
            return .serviceAvailable
        case .readerRemoved:
            return nil
        }
    }

    /// Reads a social-security card; a card without that application is tried as a registered ID card.
    private func readSignal(reader: String) -> CardSignal {
        do {
            let context = try PCSCContext()
            do {
                let identity = try socialSecurityReader.read(reader: reader, context: context, today: CardDate.today())
                return .read(CardHolder(
                    idNumber: identity.idNumber, name: identity.name, cardKind: .socialSecurityCard,
                    cardNumber: identity.cardNumber
                ))
            } catch SmartCardError.notSocialSecurityCard {
                return try registeredIDCard(reader: reader, context: context)
            }
        } catch {
            return .readFailed(messageKey: error.messageKey)
        }
    }

    /// The person whose resident ID card (by its UID) the coordinator registered.
    private func registeredIDCard(reader: String, context: PCSCContext) throws(SmartCardError) -> CardSignal {
        let connection = try context.connect(reader: reader)
        defer { connection.disconnect() }
        let uid = Hex.string(try IDCardUIDReader().readUID(over: connection))
        guard let person = try? store.person(cardUID: uid) else {
            return .readFailed(messageKey: "card.idcard.unregistered")
        }
        return .read(CardHolder(idNumber: person.id.value, name: person.name, cardKind: .residentIDCard))
    }
}

extension CardStation {
    /// The GB 3304 nation table shipped in the assets.
    static func nationTable() throws(StartupError) -> NationTable {
        do {
            return NationTable(csv: try String(contentsOf: KioskAssets.url("reference/nations-gb3304.csv"), encoding: .utf8))
        } catch {
            throw .unreadableAssets(reason: "nation codes: \(error)")
        }
    }
}
