import Foundation
import KioskDomain
import KioskFlows
import SmartCard
import Synchronization

/// The kiosk's resident ID card edge: polls the GA 467 reader (the ID-card module with the police SAM, configured
/// by `idReader`) on its own thread and posts a card put on it as an insertion into the reader named
/// `readerName`; the flows' `.readCard` for that reader gets the SAM-read holder (`.residentIDCardSAM`), and the
/// card taken off ends the session, as a social-security card pulled from its slot does.
public final class IDCardReaderStation: Sendable {
    /// The name the flows know this reader by.
    public let readerName: String
    private let path: String
    private let pollInterval: Duration
    private struct Shared {
        var present: (number: Int, holder: CardHolder)?
        var insertions = 0
        var stopped = false
    }
    private let shared = Mutex(Shared())

    /// A station for the module on serial device `path` (e.g. `/dev/ttyUSB0`), asking it for a card every
    /// `pollInterval`.
    public init(path: String, pollInterval: Duration = .milliseconds(500)) {
        self.path = path
        self.readerName = "GA467 \(path)"
        self.pollInterval = pollInterval
    }

    /// Starts polling on its own thread; signals reach `inbox`.
    public func watch(posting inbox: EventInbox) {
        let thread = Thread { [self] in poll(inbox) }
        thread.name = "ga467-poll"
        thread.start()
    }

    /// Stops polling (the thread ends after its current poll).
    public func stop() {
        shared.withLock { $0.stopped = true }
    }

    /// The flows asked for the card of `insertion`: posts its holder, or that it left.
    public func read(insertion: Int, posting inbox: EventInbox) {
        let card = CardInsertion(reader: readerName, number: insertion)
        let present = shared.withLock { $0.present }
        if let present, present.number == insertion {
            inbox.post(.card(.read(present.holder)))
        } else {
            inbox.post(.card(.readFailed(UserMessage(SmartCardError.cardRemoved.messageKey), insertion: card)))
        }
    }

    private func poll(_ inbox: EventInbox) {
        var reader: GA467Reader?
        var reportedUnavailable = false
        while !shared.withLock({ $0.stopped }) {
            if reader == nil {
                reader = try? GA467Reader(path: path, timeoutMilliseconds: 2000)
                if reader == nil, !reportedUnavailable {
                    inbox.post(.card(.serviceUnavailable(UserMessage("idReader.unavailable"))))
                    reportedUnavailable = true
                } else if reader != nil, reportedUnavailable {
                    inbox.post(.card(.serviceAvailable))
                    reportedUnavailable = false
                }
            }
            if let module = reader {
                do throws(GA467Error) {
                    let card = try module.readCard()
                    for signal in take(idNumber: card.idNumber, name: card.name) { inbox.post(.card(signal)) }
                } catch {
                    if case .portUnavailable = error { reader = nil }
                    for signal in take(idNumber: nil, name: nil) { inbox.post(.card(signal)) }
                }
            }
            Thread.sleep(forTimeInterval: Double(pollInterval.components.seconds)
                         + Double(pollInterval.components.attoseconds) / 1e18)
        }
    }

    /// What one poll's answer means: a card newly on the reader (or another one) is an insertion, a card gone a
    /// removal; the same card still there is nothing new.
    func take(idNumber: String?, name: String?) -> [CardSignal] {
        shared.withLock { state -> [CardSignal] in
            var signals: [CardSignal] = []
            if let present = state.present, present.holder.idNumber != idNumber {
                state.present = nil
                signals.append(.removed(reader: readerName))
            }
            if let idNumber, let name, state.present == nil {
                state.insertions += 1
                let insertion = CardInsertion(reader: readerName, number: state.insertions)
                let holder = CardHolder(idNumber: idNumber, name: name, cardKind: .residentIDCardSAM, reader: readerName,
                                        insertion: insertion)
                state.present = (state.insertions, holder)
                signals.append(.inserted(reader: readerName, insertion: state.insertions))
            }
            return signals
        }
    }
}
