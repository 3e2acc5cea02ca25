import SmartCard

/// A card channel answering from a script of (expected command, response) pairs, for APDU logic tests.
final class ScriptedChannel: CardChannel {
    var script: [(command: [UInt8], response: [UInt8])]
    private(set) var sent: [[UInt8]] = []

    init(_ script: [(command: [UInt8], response: [UInt8])]) {
        self.script = script
    }

    func transmit(_ command: [UInt8]) throws(SmartCardError) -> [UInt8] {
        sent.append(command)
        guard !script.isEmpty else { throw .cardRemoved }
        let step = script.removeFirst()
        guard step.command == command else { throw .malformedResponse }
        return step.response
    }
}
