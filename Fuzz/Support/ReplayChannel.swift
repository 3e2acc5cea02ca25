// Shared by the card fuzz targets: a card that answers each command with the next slice of the fuzz input.

/// A channel that answers with successive slices of the fuzz input.
final class ReplayChannel: CardChannel {
    var answers: [[UInt8]]

    init(_ answers: [[UInt8]]) {
        self.answers = answers
    }

    func transmit(_ command: [UInt8]) throws(SmartCardError) -> [UInt8] {
        guard !answers.isEmpty else { throw .cardRemoved }
        return answers.removeFirst()
    }
}
