import CPCSC

/// A connection to one card in one reader: carries APDUs (a `CardChannel`) until disconnected.
public final class PCSCCardConnection: CardChannel {
    private let context: PCSCContext
    private let card: SCARDHANDLE
    private var connected = true
    /// The reader's name.
    public let reader: String
    /// The protocol the card uses (1 = T=0, 2 = T=1).
    public let activeProtocol: UInt

    init(context: PCSCContext, card: SCARDHANDLE, activeProtocol: DWORD, reader: String) {
        self.context = context
        self.card = card
        self.activeProtocol = UInt(activeProtocol)
        self.reader = reader
    }

    deinit { disconnect() }

    /// Sends one APDU to the card.
    public func transmit(_ command: [UInt8]) throws(SmartCardError) -> [UInt8] {
        guard connected else { throw .cardRemoved }
        var request = SCARD_IO_REQUEST(dwProtocol: activeProtocol,
                                       cbPciLength: UInt(MemoryLayout<SCARD_IO_REQUEST>.size))
        var response = [UInt8](repeating: 0, count: 258 + 2)
        var responseLength = DWORD(response.count)
        let rv = command.withUnsafeBufferPointer { sent in
            SCardTransmit(card, &request, sent.baseAddress, DWORD(sent.count), nil, &response, &responseLength)
        }
        guard rv == PCSCResult.success else { throw PCSCResult.error(rv) }
        // A card always answers at least SW1 SW2; an empty answer means it left mid-command
        // (vpcd reports a vanished card this way).
        guard responseLength >= 2 else { throw .cardRemoved }
        return Array(response[..<Int(responseLength)])
    }

    /// Ends the connection, leaving the card powered.
    public func disconnect() {
        guard connected else { return }
        connected = false
        SCardDisconnect(card, PCSCResult.leaveCard)
    }
}
