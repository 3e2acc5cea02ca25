/// A response APDU: the data bytes and the two status bytes.
public struct ResponseAPDU: Sendable, Hashable {
    /// The response data, without the status word.
    public var data: [UInt8]
    /// The status word (SW1 SW2).
    public var status: StatusWord

    /// Builds a response from data and a status word.
    public init(data: [UInt8] = [], status: StatusWord) {
        self.data = data
        self.status = status
    }

    /// Splits raw card bytes into data and status word; nil when fewer than two bytes arrived.
    public init?(bytes: [UInt8]) {
        guard bytes.count >= 2 else { return nil }
        data = Array(bytes.dropLast(2))
        status = StatusWord(sw1: bytes[bytes.count - 2], sw2: bytes[bytes.count - 1])
    }

    /// The bytes the card sends: data followed by SW1 SW2.
    public var bytes: [UInt8] { data + [status.sw1, status.sw2] }
}
