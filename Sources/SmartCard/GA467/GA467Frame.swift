/// One GA 467 serial frame: `AA AA AA 96 69 | LEN (2, big-endian) | body | XOR`.
///
/// LEN counts the body and the check byte; the check byte is the XOR of LEN and the body.
public struct GA467Frame: Sendable, Hashable {
    /// The five bytes that start every frame.
    public static let preamble: [UInt8] = [0xAA, 0xAA, 0xAA, 0x96, 0x69]
    /// The largest LEN accepted (a read with fingerprint data stays well below it).
    public static let maximumLength = 4096

    /// Request: CMD PARA data. Response: SW1 SW2 SW3 data.
    public var body: [UInt8]

    /// Builds a frame around a body.
    public init(body: [UInt8]) {
        self.body = body
    }

    /// The frame's bytes on the wire.
    public var bytes: [UInt8] {
        let length = body.count + 1
        let lengthBytes: [UInt8] = [UInt8(truncatingIfNeeded: length >> 8), UInt8(truncatingIfNeeded: length)]
        return Self.preamble + lengthBytes + body + [Self.xor(lengthBytes + body)]
    }

    /// XOR of all bytes.
    public static func xor(_ bytes: [UInt8]) -> UInt8 {
        bytes.reduce(0, ^)
    }

    /// The outcome of looking for a frame at the start of a receive buffer.
    public enum DecodeResult: Sendable, Hashable {
        /// A frame, and how many buffer bytes it used (including skipped noise before it).
        case frame(GA467Frame, consumed: Int)
        /// More bytes are needed; `discardable` leading bytes are noise that can be dropped.
        case needMore(discardable: Int)
    }

    /// Finds the first frame in `buffer`, skipping noise before the preamble.
    public static func decode(_ buffer: [UInt8]) throws(GA467Error) -> DecodeResult {
        guard let start = preambleStart(in: buffer) else {
            return .needMore(discardable: max(0, buffer.count - (preamble.count - 1)))
        }
        let lengthIndex = start + preamble.count
        guard buffer.count >= lengthIndex + 2 else { return .needMore(discardable: start) }
        let length = Int(buffer[lengthIndex]) << 8 | Int(buffer[lengthIndex + 1])
        guard length >= 2, length <= maximumLength else { throw .malformedFrame }
        let end = lengthIndex + 2 + length
        guard buffer.count >= end else { return .needMore(discardable: start) }
        let covered = Array(buffer[lengthIndex..<(end - 1)])
        guard xor(covered) == buffer[end - 1] else { throw .checksumMismatch }
        return .frame(GA467Frame(body: Array(buffer[(lengthIndex + 2)..<(end - 1)])), consumed: end)
    }

    private static func preambleStart(in buffer: [UInt8]) -> Int? {
        guard buffer.count >= preamble.count else { return nil }
        for index in 0...(buffer.count - preamble.count) where buffer[index] == 0xAA {
            if buffer[index..<(index + preamble.count)].elementsEqual(preamble) { return index }
        }
        return nil
    }
}
