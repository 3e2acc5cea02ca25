import CPCSC
import Glibc

/// A connection to pcscd (an established PC/SC context): lists readers and connects to cards.
public final class PCSCContext: @unchecked Sendable {
    let handle: SCARDCONTEXT

    /// Establishes a context; throws `serviceNotRunning` when pcscd is not there.
    public init() throws(SmartCardError) {
        var context: SCARDCONTEXT = 0
        let rv = SCardEstablishContext(PCSCResult.scopeSystem, nil, nil, &context)
        guard rv == PCSCResult.success else { throw PCSCResult.error(rv) }
        handle = context
    }

    deinit { SCardReleaseContext(handle) }

    /// Interrupts a blocking call on this context (status-change wait) from another thread.
    public func cancel() {
        SCardCancel(handle)
    }

    /// The names of the attached readers (empty when none).
    public func readerNames() throws(SmartCardError) -> [String] {
        var length: DWORD = 0
        var rv = SCardListReaders(handle, nil, nil, &length)
        if rv == PCSCResult.noReadersAvailable { return [] }
        guard rv == PCSCResult.success else { throw PCSCResult.error(rv) }
        var buffer = [CChar](repeating: 0, count: Int(length))
        rv = SCardListReaders(handle, nil, &buffer, &length)
        if rv == PCSCResult.noReadersAvailable { return [] }
        guard rv == PCSCResult.success else { throw PCSCResult.error(rv) }
        return Self.splitMultiString(buffer)
    }

    /// Connects to the card in `reader` (shared, T=0 or T=1 as the card offers).
    public func connect(reader: String) throws(SmartCardError) -> PCSCCardConnection {
        var card: SCARDHANDLE = 0
        var activeProtocol: DWORD = 0
        let rv = SCardConnect(handle, reader, PCSCResult.shareShared, PCSCResult.protocolT0 | PCSCResult.protocolT1,
                              &card, &activeProtocol)
        guard rv == PCSCResult.success else {
            if rv == PCSCResult.unknownReader { throw .readerNotFound(reader) }
            throw PCSCResult.error(rv)
        }
        return PCSCCardConnection(context: self, card: card, activeProtocol: activeProtocol, reader: reader)
    }

    /// The first reader holding a card, or the named one; throws when there is none.
    public func readerWithCard(named wanted: String?) throws(SmartCardError) -> String {
        let names = try readerNames()
        if let wanted {
            guard names.contains(wanted) else { throw .readerNotFound(wanted) }
            return wanted
        }
        guard !names.isEmpty else { throw .noReader }
        for name in names where try cardPresent(in: name) { return name }
        throw .noCard
    }

    /// Whether a card sits in `reader` right now.
    public func cardPresent(in reader: String) throws(SmartCardError) -> Bool {
        let states = try currentStates(of: [reader])
        return states.first.map { $0.eventState & PCSCResult.statePresent != 0 } ?? false
    }

    /// The readers' current states (no waiting).
    func currentStates(of readers: [String]) throws(SmartCardError) -> [ReaderState] {
        var states = readers.map { ReaderState(name: $0, currentState: 0) }
        let rv = Self.waitForChange(handle, &states, timeout: 0)
        guard rv == PCSCResult.success || rv == PCSCResult.timeout else { throw PCSCResult.error(rv) }
        return states
    }

    /// Calls SCardGetStatusChange on `states`, updating their event state and ATR.
    static func waitForChange(_ context: SCARDCONTEXT, _ states: inout [ReaderState], timeout: DWORD) -> Int {
        let names = states.map { strdup($0.name) }
        defer { names.forEach { free($0) } }
        var raw = states.enumerated().map { index, state in
            var entry = SCARD_READERSTATE()
            entry.szReader = UnsafePointer(names[index])
            entry.dwCurrentState = state.currentState
            return entry
        }
        let rv = SCardGetStatusChange(context, timeout, &raw, DWORD(raw.count))
        for index in raw.indices {
            states[index].eventState = raw[index].dwEventState
            let count = min(Int(raw[index].cbAtr), 33)
            states[index].atr = withUnsafeBytes(of: raw[index].rgbAtr) { Array($0.prefix(count)) }
        }
        return rv
    }

    static func splitMultiString(_ buffer: [CChar]) -> [String] {
        buffer.split(separator: 0).map { String(decoding: $0.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    }
}

/// One reader's state in a status-change wait.
struct ReaderState {
    var name: String
    var currentState: DWORD
    var eventState: DWORD = 0
    var atr: [UInt8] = []

    var isPresent: Bool { eventState & PCSCResult.statePresent != 0 }
    var changed: Bool { eventState & PCSCResult.stateChanged != 0 }
    var vanished: Bool { eventState & (PCSCResult.stateUnknown | PCSCResult.stateUnavailable) != 0 }
}
