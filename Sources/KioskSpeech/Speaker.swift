/// Something that reads utterances aloud, one batch at a time.
public protocol Speaker: AnyObject, Sendable {
    /// False when speech cannot work (no program, no audio); `speak` then does nothing.
    var isAvailable: Bool { get }
    /// Says the utterances in order, first interrupting whatever is being said.
    func speak(_ utterances: [Utterance])
    /// Stops speaking at once; does nothing when silent.
    func stop()
}
