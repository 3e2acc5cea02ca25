import CPCSC

/// A connection to one card in one reader: carries APDUs (a `CardChannel`) until disconnected.
public final class PCSCCardConnection: CardChannel {
    /// How a connection leaves the card when it ends.
    public enum Disposition: Sendable {
        /// The card stays powered as it is (SCARD_LEAVE_CARD).
        case leave
        /// The card is reset (SCARD_RESET_CARD): every other connection to it sees SCARD_W_RESET_CARD.
        case reset
        /// The card is powered down (SCARD_UNPOWER_CARD): nothing verified on it (a PIN) outlives the connection.
        case unpower

        var code: DWORD {
            switch self {
            case .leave: PCSCResult.leaveCard
            case .reset: PCSCResult.resetCardDisposition
            case .unpower: PCSCResult.unpowerCard
            }
        }
    }

    /// How many times a transaction is started again after the card was reset under it.
    public static let resetAttempts = 3

    private let context: PCSCContext
    private let card: SCARDHANDLE
    private var connected = true
    /// The reader's name.
    public let reader: String
    /// The protocol the card uses (1 = T=0, 2 = T=1); a reconnect may change it.
    public private(set) var activeProtocol: UInt
    /// How many times this connection reconnected after a reset (for tests and the technicians' log).
    public private(set) var reconnections = 0

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

    /// Runs `body` inside `SCardBeginTransaction`/`SCardEndTransaction`, so no other program's commands come
    /// between its commands. When the card was reset (by another program, or by the reader) before or during
    /// `body`, the connection reconnects (`SCardReconnect`) and runs `body` again from its start, up to
    /// `resetAttempts` times: a reset card is still the same card in the reader, not a pulled one.
    public func transaction<T>(_ body: (PCSCCardConnection) throws(SmartCardError) -> T) throws(SmartCardError) -> T {
        var attempt = 1
        while true {
            do throws(SmartCardError) {
                try beginTransaction()
                defer { endTransaction() }
                return try body(self)
            } catch {
                guard error == .cardReset, attempt < Self.resetAttempts else { throw error }
                attempt += 1
                try reconnect()
            }
        }
    }

    /// One whole exchange with the card: `body` in a transaction (`transaction`), then the connection ends with the
    /// card powered down, so nothing verified on it (a PIN) outlives the exchange. A card that left meanwhile is
    /// not powered down (there is nothing to power, and vpcd stalls the reader on it).
    public func exchange<T>(_ body: (PCSCCardConnection) throws(SmartCardError) -> T) throws(SmartCardError) -> T {
        do throws(SmartCardError) {
            let result = try transaction(body)
            disconnect(.unpower)
            return result
        } catch {
            disconnect(error == .cardRemoved || error == .noCard ? .leave : .unpower)
            throw error
        }
    }

    /// Takes the card for this connection alone until `endTransaction`.
    private func beginTransaction() throws(SmartCardError) {
        guard connected else { throw .cardRemoved }
        let rv = SCardBeginTransaction(card)
        guard rv == PCSCResult.success else { throw PCSCResult.error(rv) }
    }

    /// Gives the card back to other connections, leaving it as it is.
    private func endTransaction() {
        guard connected else { return }
        _ = SCardEndTransaction(card, PCSCResult.leaveCard)
    }

    /// Reconnects after the card was reset, leaving it powered; the protocol is negotiated again.
    private func reconnect() throws(SmartCardError) {
        guard connected else { throw .cardRemoved }
        var negotiated: DWORD = 0
        let rv = SCardReconnect(card, PCSCResult.shareShared, PCSCResult.protocolT0 | PCSCResult.protocolT1,
                                PCSCResult.leaveCard, &negotiated)
        guard rv == PCSCResult.success else { throw PCSCResult.error(rv) }
        activeProtocol = UInt(negotiated)
        reconnections += 1
    }

    /// Ends the connection, leaving the card powered.
    public func disconnect() {
        disconnect(.leave)
    }

    /// Ends the connection, leaving the card as `disposition` says.
    public func disconnect(_ disposition: Disposition) {
        guard connected else { return }
        connected = false
        SCardDisconnect(card, disposition.code)
    }
}
