import KioskDomain
import KioskFlows
import SmartCard

/// The readers pcscd reports, followed event by event, and what each event means to the flows: only the reader
/// `ReaderChoice` picks among those attached gives card signals; when readers are attached but none may be used,
/// the home screen and the log say why.
struct ReaderWatch {
    let choice: ReaderChoice
    /// The attached readers, in the order pcscd reported them.
    private(set) var attached: [String] = []
    private var lastProblem: ReaderChoice.Problem?

    init(choice: ReaderChoice) {
        self.choice = choice
    }

    /// The signals for one event, and a line for the technicians' log when the reader situation changed.
    mutating func take(_ event: CardEvent) -> (signals: [CardSignal], log: String?) {
        switch event {
        case .readerAdded(let name):
            if !attached.contains(name) { attached.append(name) }
            return readersChanged()
        case .readerRemoved(let name):
            attached.removeAll { $0 == name }
            return readersChanged()
        case .cardInserted(let reader, _, let insertion):
            return (reader == choice.chosen(among: attached) ? [.inserted(reader: reader, insertion: insertion)] : [], nil)
        case .cardRemoved(let reader):
            return (reader == choice.chosen(among: attached) ? [.removed(reader: reader)] : [], nil)
        case .serviceUnavailable(let messageKey):
            lastProblem = nil
            return ([.serviceUnavailable(UserMessage(messageKey))], nil)
        }
    }

    private mutating func readersChanged() -> (signals: [CardSignal], log: String?) {
        let problem = choice.problem(among: attached)
        defer { lastProblem = problem }
        guard let problem else {
            return ([.serviceAvailable], nil)
        }
        let already = lastProblem.map { Self.sameKind($0, problem) } ?? false
        return ([.serviceUnavailable(UserMessage(problem.messageKey))], already ? nil : problem.logLine)
    }

    /// Whether two problems are the same situation (another virtual reader coming is not news for the log).
    private static func sameKind(_ one: ReaderChoice.Problem, _ other: ReaderChoice.Problem) -> Bool {
        switch (one, other) {
        case (.onlyVirtualReaders, .onlyVirtualReaders): true
        case (.virtualReaderRefused(let a), .virtualReaderRefused(let b)), (.configuredReaderMissing(let a), .configuredReaderMissing(let b)): a == b
        default: false
        }
    }
}
