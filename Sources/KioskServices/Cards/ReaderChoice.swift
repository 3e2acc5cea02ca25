/// Which PC/SC reader the kiosk takes cards from: the configured one, or, when none is configured, the first
/// reader pcscd lists that is allowed. A virtual reader (vsmartcard's vpcd, named "Virtual PCD ...") lets any
/// program on the machine play a card, so it is refused unless the configuration allows it
/// (`allowVirtualReaders`, set by the demo and the tests only).
public struct ReaderChoice: Sendable, Equatable {
    /// What virtual readers' names contain (vsmartcard's vpcd driver).
    public static let virtualMarker = "Virtual PCD"

    /// The configured reader's name; nil for the first allowed reader.
    public var configured: String?
    /// Whether virtual readers may be used.
    public var allowsVirtualReaders: Bool

    /// A choice from the configuration: an empty name means the first allowed reader.
    public init(configured: String?, allowsVirtualReaders: Bool) {
        self.configured = configured.flatMap { $0.isEmpty ? nil : $0 }
        self.allowsVirtualReaders = allowsVirtualReaders
    }

    /// Whether `reader` is a virtual one.
    public static func isVirtual(_ reader: String) -> Bool {
        reader.contains(virtualMarker)
    }

    /// Whether the kiosk may take cards from `reader` at all.
    public func allows(_ reader: String) -> Bool {
        allowsVirtualReaders || !Self.isVirtual(reader)
    }

    /// The one reader to use among those attached (in pcscd's order); nil when none may be used.
    public func chosen(among readers: [String]) -> String? {
        if let configured {
            return readers.contains(configured) && allows(configured) ? configured : nil
        }
        return readers.first(where: allows)
    }

    /// Why no reader is used although readers are attached; nil when one is used or none is attached.
    public func problem(among readers: [String]) -> Problem? {
        guard chosen(among: readers) == nil, !readers.isEmpty else { return nil }
        if let configured {
            return allows(configured) ? .configuredReaderMissing(configured) : .virtualReaderRefused(configured)
        }
        return .onlyVirtualReaders(readers)
    }

    /// Why the kiosk takes no cards.
    public enum Problem: Sendable, Equatable {
        /// The configured reader is virtual and virtual readers are not allowed.
        case virtualReaderRefused(String)
        /// Every attached reader is virtual and virtual readers are not allowed.
        case onlyVirtualReaders([String])
        /// The configured reader is not attached (others are).
        case configuredReaderMissing(String)

        /// The message key shown on the home screen.
        public var messageKey: String {
            switch self {
            case .virtualReaderRefused, .onlyVirtualReaders: "cardReader.virtualRefused"
            case .configuredReaderMissing: "cardReader.configuredMissing"
            }
        }

        /// The line for the technicians' log.
        public var logLine: String {
            switch self {
            case .virtualReaderRefused(let name):
                "card reader \"\(name)\" is virtual; refused (set allowVirtualReaders only on a demo or test machine)"
            case .onlyVirtualReaders(let names):
                "only virtual card readers are attached (\(names.joined(separator: ", "))); refused, no cards are read"
            case .configuredReaderMissing(let name):
                "configured card reader \"\(name)\" is not attached"
            }
        }
    }
}
