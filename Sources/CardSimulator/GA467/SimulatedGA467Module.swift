import SmartCard

/// A resident-ID-card security module's behaviour: answers GA 467 request frames for one card (or none).
public struct SimulatedGA467Module: Sendable {
    /// The text fields of the card in the field, in text-block order; nil when no card is there.
    public var cardFields: [String]?
    /// The photo block returned by a read.
    public var photo: [UInt8]
    /// A status byte SW3 the next read answers with instead of reading (fault), if any.
    public var failingReadStatus: UInt8?

    /// Builds a module, optionally with a card in its field.
    public init(cardFields: [String]?, photo: [UInt8] = [UInt8](repeating: 0x57, count: 1024), failingReadStatus: UInt8? = nil) {
        self.cardFields = cardFields
        self.photo = photo
        self.failingReadStatus = failingReadStatus
    }

    /// The answer frame for one request frame.
    public func answer(_ request: GA467Frame) -> GA467Frame {
        guard let command = GA467Command(body: request.body) else { return status(0x21) }
        switch command {
        case .samStatus: return status(0x90)
        case .findCard: return cardFields == nil ? status(0x80) : status(0x9F, data: [0, 0, 0, 0])
        case .selectCard: return cardFields == nil ? status(0x81) : status(0x90, data: [UInt8](repeating: 0, count: 8))
        case .readBase:
            if let failing = failingReadStatus { return status(failing) }
            guard let fields = cardFields else { return status(0x41) }
            let text = ResidentIDCardText.encode(fields)
            let lengths: [UInt8] = [UInt8(text.count >> 8), UInt8(text.count & 0xFF), UInt8(photo.count >> 8), UInt8(photo.count & 0xFF)]
            return status(0x90, data: lengths + text + photo)
        }
    }

    private func status(_ sw3: UInt8, data: [UInt8] = []) -> GA467Frame {
        GA467Frame(body: [0x00, 0x00, sw3] + data)
    }
}
