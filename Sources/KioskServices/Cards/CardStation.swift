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
    private let readers: ReaderChoice
    private let log: KioskLog?
    private let socialSecurityReader: SocialSecurityCardReader
    private let reads = DispatchQueue(label: "kiosk.card-reads")

    /// A station reading cards for people in `store` on the days of `clock`, from the reader `readers` chooses;
    /// why it takes no cards (only virtual readers attached, say) goes to `log` too.
    public init(store: KioskStore, clock: KioskClock, readers: ReaderChoice, nations: NationTable, log: KioskLog? = nil) {
        self.store = store
        self.clock = clock
        self.readers = readers
        self.log = log
        self.socialSecurityReader = SocialSecurityCardReader(nations: nations)
    }

    /// Starts watching the readers; every event for the chosen reader reaches `inbox` as a card signal.
    public func watch(posting inbox: EventInbox) {
        let events = CardEventSource().events()
        let readers = readers
        let log = log
        Task.detached {
            var watch = ReaderWatch(choice: readers)
            for await event in events {
                let (signals, logLine) = watch.take(event)
                if let logLine { log?.write(logLine) }
                for signal in signals { inbox.post(.card(signal)) }
            }
        }
    }

    /// Reads the card in `reader` off the UI thread and posts its holder, or why it cannot be used, marked with the
    /// card's `insertion` there so the flows can drop the result if another card has come in meanwhile.
    public func read(reader: String, insertion: Int, posting inbox: EventInbox) {
        reads.async { [self] in
            inbox.post(.card(readSignal(from: CardInsertion(reader: reader, number: insertion))))
        }
    }

    /// Reads the UID of the card in `reader` (a resident ID card on a contactless reader) and posts it.
    public func readUID(reader: String, posting inbox: EventInbox) {
        reads.async {
            do throws(SmartCardError) {
                let uid = Hex.string(try IDCardUIDReader().readUID(reader: reader, context: PCSCContext()))
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
            // Powered down after: the card's "PIN verified" state must not outlive this one check.
            let verification = try connection.exchange { (card) throws(SmartCardError) in
                try CardPINVerifier().verify(pin, over: card)
            }
            return result(of: verification, pin: pin)
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

    /// Reads a social-security card; a card without that application is tried as a registered ID card. Each read
    /// runs in one PC/SC transaction and the result names the insertion it was started for.
    private func readSignal(from insertion: CardInsertion) -> CardSignal {
        let reader = insertion.reader
        do {
            let context = try PCSCContext()
            do {
                let identity = try socialSecurityReader.read(reader: reader, context: context, today: Self.cardDate(clock.today))
                return .read(CardHolder(
                    idNumber: identity.idNumber, name: identity.name, cardKind: .socialSecurityCard,
                    cardNumber: identity.cardNumber, reader: reader, insertion: insertion
                ))
            } catch SmartCardError.notSocialSecurityCard {
                return try registeredIDCard(from: insertion, context: context)
            }
        } catch {
            return .readFailed(UserMessage(error.messageKey, error.parameters), insertion: insertion)
        }
    }

    /// The person whose resident ID card (by its UID) the coordinator registered.
    private func registeredIDCard(from insertion: CardInsertion, context: PCSCContext) throws(SmartCardError) -> CardSignal {
        let uid = Hex.string(try IDCardUIDReader().readUID(reader: insertion.reader, context: context))
        guard let person = try? store.person(cardUID: uid) else {
            return .readFailed(UserMessage("card.idcard.unregistered"), insertion: insertion)
        }
        return .read(CardHolder(idNumber: person.id.value, name: person.name, cardKind: .residentIDCard,
                                reader: insertion.reader, insertion: insertion))
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
