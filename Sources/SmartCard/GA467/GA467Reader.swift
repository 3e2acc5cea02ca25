/// Reads resident ID cards through a GA 467 security module on a serial port.
public final class GA467Reader {
    /// The module's answer to one command.
    public struct Answer: Sendable, Hashable {
        /// The three status bytes; SW3 decides.
        public var sw1: UInt8, sw2: UInt8, sw3: UInt8
        /// The data after the status bytes.
        public var data: [UInt8]
    }

    private let port: SerialPort
    private let timeoutMilliseconds: Int32
    private var pending: [UInt8] = []

    /// Opens the module's serial device (e.g. `/dev/ttyUSB0`).
    public init(path: String, timeoutMilliseconds: Int32 = 3000) throws(GA467Error) {
        self.port = try SerialPort(path: path)
        self.timeoutMilliseconds = timeoutMilliseconds
    }

    /// Sends one command and returns its answer; a failing SW3 becomes `GA467Error.status`.
    public func send(_ command: GA467Command) throws(GA467Error) -> Answer {
        try port.write(command.frame.bytes)
        let frame = try receiveFrame()
        guard frame.body.count >= 3 else { throw .malformedFrame }
        let answer = Answer(sw1: frame.body[0], sw2: frame.body[1], sw3: frame.body[2], data: Array(frame.body.dropFirst(3)))
        guard answer.sw3 == command.successStatus else { throw .status(answer.sw3) }
        return answer
    }

    /// Checks the module, finds, selects and reads the card in the field.
    public func readCard() throws(GA467Error) -> ResidentIDCardData {
        _ = try send(.samStatus)
        _ = try send(.findCard)
        _ = try send(.selectCard)
        let read = try send(.readBase)
        let blocks = try ResidentIDCardText.splitReadAnswer(read.data)
        return try ResidentIDCardText.decode(blocks.text, photo: blocks.photo)
    }

    private func receiveFrame() throws(GA467Error) -> GA467Frame {
        while true {
            switch try GA467Frame.decode(pending) {
            case .frame(let frame, let consumed):
                pending.removeFirst(consumed)
                return frame
            case .needMore(let discardable):
                pending.removeFirst(discardable)
                pending += try port.read(timeoutMilliseconds: timeoutMilliseconds)
            }
        }
    }
}
