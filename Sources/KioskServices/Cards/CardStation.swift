import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore
import SmartCard
import TextCodecs

/// The kiosk's card edge: watches the PC/SC readers, reads a card when the flows ask, and posts
/// what happened to the UI loop as card signals.
public final class CardStation: Sendable {
    private let store: KioskStore
    /// Cards are checked for expiry on the clock's day.
    private let clock: KioskClock
    private let readerName: String?
    private let socialSecurityReader: SocialSecurityCardReader
    private let reads = DispatchQueue(label: "kiosk.card-reads")

    /// A station reading cards for people in `store` on the days of `clock`; `readerName` limits it to one reader.
    public init(store: KioskStore, clock: KioskClock, readerName: String?, nations: NationTable) {
        self.store = store
        self.clock = clock
        self.readerName = readerName.flatMap { $0.isEmpty ? nil : $0 }
        self.socialSecurityReader = SocialSecurityCardReader(nations: nations)
    }

    /// Starts watching the readers; every event reaches `inbox` as a card signal.
    public func watch(posting inbox: EventInbox) {
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
    public func read(reader: String, posting inbox: EventInbox) {
        reads.async { [self] in
            inbox.post(.card(readSignal(reader: reader)))
        }
    }

    /// Reads the UID of the card in `reader` (a resident ID card on a contactless reader) and posts it.
    public func readUID(reader: String, posting inbox: EventInbox) {
        reads.async {
            do throws(SmartCardError) {
                let context = try PCSCContext()
                let connection = try context.connect(reader: reader)
                defer { connection.disconnect() }
                let uid = Hex.string(try IDCardUIDReader().readUID(over: connection))
                inbox.post(.cardUIDRead(uid: uid, failure: nil))
            } catch {
                inbox.post(.cardUIDRead(uid: nil, failure: UserMessage(error.messageKey, error.parameters)))
            }
        }
    }

    /// Has the card in `reader` check its holder's PIN off the UI thread and posts what it answered. The PIN
    /// goes only into the VERIFY command: it is not kept, logged or put into the event.
    public func verifyPIN(reader: String, pin: String, posting inbox: EventInbox) {
        reads.async {
            inbox.post(.cardPINChecked(Self.checkPIN(pin, reader: reader)))
        }
    }

    /// Connects to the card in `reader`, sends VERIFY and classifies the answer.
    static func checkPIN(_ digits: String, reader: String) -> CardPINResult {
        guard let pin = CardPIN(digits) else {
            return .failed(UserMessage("cardPIN.reason.malformed"))
        }
        do throws(SmartCardError) {
            let context = try PCSCContext()
            let connection = try context.connect(reader: reader)
            defer { connection.disconnect() }
            return result(of: try CardPINVerifier().verify(pin, over: connection), pin: pin)
        } catch {
            return .failed(UserMessage(error.messageKey, error.parameters))
        }
    }

    /// What the card's answer means for the session: a card still on the issuing default PIN may not transact.
    static func result(of verification: CardPINVerification, pin: CardPIN) -> CardPINResult {
        switch verification {
        case .verified: pin.isIssuingDefault ? .onIssuingDefault : .verified
        case .wrong(let left): .wrong(triesLeft: left)
        case .blocked: .blocked
        }
    }

    /// What a card event means to the flows; nil for events they need not see.
    public static func signal(for event: CardEvent, readerName: String?) -> CardSignal? {
        switch event {
        case .cardInserted(let reader, _):
            return readerName == nil || reader == readerName ? .inserted(reader: reader) : nil
        case .cardRemoved(let reader):
            return readerName == nil || reader == readerName ? .removed(reader: reader) : nil
        case .serviceUnavailable(let messageKey):
            return .serviceUnavailable(UserMessage(messageKey))
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
                let identity = try socialSecurityReader.read(reader: reader, context: context, today: Self.cardDate(clock.today))
                return .read(CardHolder(
                    idNumber: identity.idNumber, name: identity.name, cardKind: .socialSecurityCard,
                    cardNumber: identity.cardNumber, reader: reader
                ))
            } catch SmartCardError.notSocialSecurityCard {
                return try registeredIDCard(reader: reader, context: context)
            }
        } catch {
            return .readFailed(UserMessage(error.messageKey, error.parameters))
        }
    }

    /// The person whose resident ID card (by its UID) the coordinator registered.
    private func registeredIDCard(reader: String, context: PCSCContext) throws(SmartCardError) -> CardSignal {
        let connection = try context.connect(reader: reader)
        defer { connection.disconnect() }
        let uid = Hex.string(try IDCardUIDReader().readUID(over: connection))
        guard let person = try? store.person(cardUID: uid) else {
            return .readFailed(UserMessage("card.idcard.unregistered"))
        }
        return .read(CardHolder(idNumber: person.id.value, name: person.name, cardKind: .residentIDCard, reader: reader))
    }
}

extension CardStation {
    /// A calendar day as the card codecs count it.
    public static func cardDate(_ day: CivilDate) -> CardDate {
        CardDate(year: day.year, month: day.month, day: day.day)!
    }

    /// The GB 3304 nation table shipped in the assets.
    public static func nationTable() throws(StartupError) -> NationTable {
        do {
            return NationTable(csv: try String(contentsOf: KioskAssets.url("reference/nations-gb3304.csv"), encoding: .utf8))
        } catch {
            throw .unreadableAssets(reason: "nation codes: \(error)")
        }
    }
}
