import SmartCard
import TextCodecs

/// A virtual card's behaviour: answers command APDUs from a profile, with T=0 procedure bytes and faults.
public struct SimulatedCard: Sendable {
    /// What the card does with one APDU.
    public enum Answer: Sendable, Hashable {
        /// Send these response bytes.
        case respond([UInt8])
        /// The card leaves the reader (a `pulled-after` fault).
        case pull
    }

    /// The emulated card.
    public let profile: CardProfile
    /// Active faults.
    public let faults: [CardFault]
    private let records: CardRecords?
    /// The holder's PIN and its try counter, shared by copies of this card.
    public let pin: SimulatedPIN
    private var selected = false
    private var pendingResponse: [UInt8] = []
    /// APDUs received since insertion.
    public private(set) var apduCount = 0

    /// Builds a card from a profile and faults.
    public init(profile: CardProfile, faults: [CardFault] = []) {
        self.profile = profile
        self.faults = faults
        self.records = CardRecords(profile: profile)
        self.pin = SimulatedPIN(profile: profile)
    }

    /// The same card taken out and put in again, with these faults: freshly powered, its PIN counter kept.
    public func reinserted(faults: [CardFault] = []) -> SimulatedCard {
        SimulatedCard(profile: profile, faults: faults, pin: pin)
    }

    private init(profile: CardProfile, faults: [CardFault], pin: SimulatedPIN) {
        self.profile = profile
        self.faults = faults
        self.records = CardRecords(profile: profile)
        self.pin = pin
    }

    /// Milliseconds to wait before each answer (`slow` fault), 0 if none.
    public var answerDelayMilliseconds: Int {
        faults.reduce(0) { total, fault in
            if case .slow(let ms) = fault { return total + ms }
            return total
        }
    }

    /// Power off, on or reset: forgets the selected application and any pending response.
    public mutating func powerCycle() {
        selected = false
        pendingResponse = []
    }

    /// Answers one command APDU.
    public mutating func answer(_ bytes: [UInt8]) -> Answer {
        apduCount += 1
        for fault in faults {
            switch fault {
            case .pulledAfter(let count) where apduCount > count:
                return .pull
            case .wrongStatus(let word, let position) where position == apduCount:
                return .respond([word.sw1, word.sw2])
            default:
                continue
            }
        }
        guard let command = CommandAPDU(bytes: bytes) else { return .respond([0x67, 0x00]) }
        switch profile.kind {
        case .contactlessUID: return .respond(answerContactless(command))
        case .socialSecurity: return .respond(answerSocialSecurity(command))
        }
    }

    private func answerContactless(_ command: CommandAPDU) -> [UInt8] {
        let uid = profile.uid.flatMap(Hex.bytes) ?? []
        switch (command.cla, command.ins) {
        case (0xFF, 0xCA): return uid + [0x90, 0x00]
        case (0x00, 0x36): return Array((uid + [UInt8](repeating: 0, count: 8)).prefix(8)) + [0x90, 0x00]
        case (0x00, 0xA4): return [0x6A, 0x82]
        default: return [0x6D, 0x00]
        }
    }

    private mutating func answerSocialSecurity(_ command: CommandAPDU) -> [UInt8] {
        switch command.ins {
        case 0xA4: return select(command)
        case 0xC0: return getResponse(command)
        case 0xB2: return readRecord(command)
        case 0x20: return verify(command)
        default: return [0x6D, 0x00]
        }
    }

    private mutating func select(_ command: CommandAPDU) -> [UInt8] {
        guard command.p1 == 0x04, command.data == SocialSecurityCardLayout.applicationName else {
            selected = false
            return [0x6A, 0x82]
        }
        selected = true
        let fci: [UInt8] = [0x6F, UInt8(command.data.count + 2), 0x84, UInt8(command.data.count)] + command.data
        if profile.t0 {
            pendingResponse = fci
            return [0x61, UInt8(fci.count)]
        }
        return command.le == nil ? [0x90, 0x00] : fci + [0x90, 0x00]
    }

    /// VERIFY of the holder's global PIN (P1 00, P2 00), checked against the profile's PIN and counted.
    private func verify(_ command: CommandAPDU) -> [UInt8] {
        guard command.p1 == 0x00, command.p2 == 0x00 else { return [0x6A, 0x86] }
        guard command.data.isEmpty || command.data.count == 3 else { return [0x67, 0x00] }
        return pin.verify(command.data)
    }

    private mutating func getResponse(_ command: CommandAPDU) -> [UInt8] {
        guard !pendingResponse.isEmpty else { return [0x69, 0x85] }
        let wanted = command.le.map { $0 == 0 ? 256 : Int($0) } ?? 256
        let part = Array(pendingResponse.prefix(wanted))
        pendingResponse.removeFirst(part.count)
        if pendingResponse.isEmpty { return part + [0x90, 0x00] }
        return part + [0x61, UInt8(min(pendingResponse.count, 255))]
    }

    private mutating func readRecord(_ command: CommandAPDU) -> [UInt8] {
        pendingResponse = []
        guard selected, let records else { return [0x69, 0x85] }
        let sfi = command.p2 >> 3
        let tag: UInt8?
        switch command.p2 & 0x07 {
        case 0x00: tag = command.p1
        case 0x04: tag = records.tag(sfi: sfi, record: command.p1)
        default: return [0x6A, 0x86]
        }
        guard let tag, var value = records.value(sfi: sfi, tag: tag) else { return [0x6A, 0x83] }
        var record = TLVRecord(tag: tag, value: value).bytes
        for fault in faults {
            switch fault {
            case .truncated(let faulty) where faulty == tag:
                record = Array(record.prefix(2 + value.count / 2))
            case .garbage(let faulty) where faulty == tag:
                value = [UInt8](repeating: 0xFF, count: value.count)
                record = TLVRecord(tag: tag, value: value).bytes
            default:
                continue
            }
        }
        let le = Int(command.le ?? 0)
        if profile.t0 {
            guard le == record.count else { return [0x6C, UInt8(record.count)] }
        } else if le != 0 && le < record.count {
            return [0x6C, UInt8(record.count)]
        }
        return record + [0x90, 0x00]
    }
}
