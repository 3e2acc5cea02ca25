/// Sends commands over a `CardChannel` with the T=0 rules: `61xx` -> GET RESPONSE, `6Cxx` -> resend with Le.
public struct APDUExchange {
    /// How many extra commands (GET RESPONSE or resend) one command may cause before giving up.
    public static let maximumFollowUps = 8

    /// The channel the commands go through.
    public let channel: any CardChannel
    /// How many APDUs went over the channel (including GET RESPONSE and resends).
    public private(set) var apduCount = 0

    /// Wraps a channel.
    public init(channel: any CardChannel) {
        self.channel = channel
    }

    /// Sends `command`, follows T=0 procedure bytes, and returns the final response (any status word).
    public mutating func send(_ command: CommandAPDU) throws(SmartCardError) -> ResponseAPDU {
        var collected: [UInt8] = []
        var next = command
        for _ in 0...Self.maximumFollowUps {
            apduCount += 1
            let raw = try channel.transmit(next.bytes)
            guard let response = ResponseAPDU(bytes: raw) else { throw .malformedResponse }
            switch response.status.meaning {
            case .moreData(let left):
                collected += response.data
                next = .getResponse(left)
            case .wrongLength(let correct):
                collected += response.data
                next = next.withLe(correct)
            default:
                return ResponseAPDU(data: collected + response.data, status: response.status)
            }
        }
        throw .tooManyFollowUps
    }
}
