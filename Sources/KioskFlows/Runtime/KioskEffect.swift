import KioskDomain

/// Work `reduce` asks the edges to do; the runtime carries it out and reports back with events.
public enum KioskEffect: Sendable, Equatable {
    /// End the program, restoring the terminal.
    case quit
    /// Look up what the store knows of the card holder; answered with `.villagerLoaded` or `.villagerLoadFailed`.
    case loadVillager(CardHolder)
    /// Record a decided piece of business in one transaction; answered with `.recorded` or `.recordFailed`.
    case record(BusinessEvent, Actor)
    /// Print a receipt; answered with `.printed`.
    case printReceipt(Receipt)
    /// Find the coordinator whose card this is; answered with `.coordinatorIdentified`.
    case identifyCoordinator(CardHolder)
    /// Check a coordinator's PIN against their card (failures counted and stored); answered with `.coordinatorPINChecked`.
    case verifyCoordinatorPIN(cardNumber: String, pin: String)
    /// Read the card in `reader` and report its holder with a `.card(.read)` or `.card(.readFailed)` event.
    case readCard(reader: String)
    /// Demo only: insert the demo card with this index (0 for the F5 card).
    case insertDemoCard(index: Int)
    /// Demo only: pull the demo card out.
    case removeDemoCard
}
