import KioskDomain

/// A decided piece of business waiting for the villager's confirmation: what will be recorded and
/// the lines that explain it.
public struct PendingRecord: Sendable, Equatable {
    /// One line of the confirmation: a label key and its value, or a note key alone.
    public struct Line: Sendable, Equatable {
        public var labelKey: String
        public var value: DisplayValue
        /// Key figures (amounts, dates) are drawn prominently, and large in elderly mode.
        public var isKeyFigure: Bool

        /// A line of the confirmation.
        public init(_ labelKey: String, _ value: DisplayValue = .none, keyFigure: Bool = false) {
            self.labelKey = labelKey
            self.value = value
            self.isKeyFigure = keyFigure
        }
    }

    public var service: VillagerService
    public var event: BusinessEvent
    public var lines: [Line]

    /// A pending record for `service`.
    public init(service: VillagerService, event: BusinessEvent, lines: [Line]) {
        self.service = service
        self.event = event
        self.lines = lines
    }
}
