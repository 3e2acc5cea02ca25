/// An ISO 7816-4 command APDU (short form): header, optional data and optional expected length.
public struct CommandAPDU: Sendable, Hashable {
    /// Class byte.
    public var cla: UInt8
    /// Instruction byte.
    public var ins: UInt8
    /// First parameter byte.
    public var p1: UInt8
    /// Second parameter byte.
    public var p2: UInt8
    /// Command data (Lc is its length); empty for case 1 and 2 commands.
    public var data: [UInt8]
    /// Expected response length Le (0 means up to 256); nil when no response data is expected.
    public var le: UInt8?

    /// Builds a command APDU from its parts.
    public init(cla: UInt8 = 0x00, ins: UInt8, p1: UInt8, p2: UInt8, data: [UInt8] = [], le: UInt8? = nil) {
        self.cla = cla
        self.ins = ins
        self.p1 = p1
        self.p2 = p2
        self.data = data
        self.le = le
    }

    /// The bytes sent to the card.
    public var bytes: [UInt8] {
        var out: [UInt8] = [cla, ins, p1, p2]
        if !data.isEmpty {
            out.append(UInt8(truncatingIfNeeded: data.count))
            out.append(contentsOf: data)
        }
        if let le { out.append(le) }
        return out
    }

    /// The same command with another expected length (used after a `6Cxx` answer).
    public func withLe(_ newLe: UInt8) -> CommandAPDU {
        var copy = self
        copy.le = newLe
        return copy
    }

    /// Parses a short command APDU; nil when the bytes are not a well-formed case 1-4 command.
    public init?(bytes: [UInt8]) {
        guard bytes.count >= 4 else { return nil }
        cla = bytes[0]; ins = bytes[1]; p1 = bytes[2]; p2 = bytes[3]
        let body = Array(bytes.dropFirst(4))
        switch body.count {
        case 0:
            data = []; le = nil
        case 1:
            data = []; le = body[0]
        default:
            let lc = Int(body[0])
            guard lc > 0 else { return nil }
            if body.count == 1 + lc {
                data = Array(body[1...]); le = nil
            } else if body.count == 2 + lc {
                data = Array(body[1...lc]); le = body[lc + 1]
            } else {
                return nil
            }
        }
    }

    /// `GET RESPONSE` for `length` bytes left by a `61xx` answer.
    public static func getResponse(_ length: UInt8) -> CommandAPDU {
        CommandAPDU(ins: 0xC0, p1: 0, p2: 0, le: length)
    }
}
