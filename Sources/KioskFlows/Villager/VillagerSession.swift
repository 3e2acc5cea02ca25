import KioskDomain

/// A villager's session after the card was read: who, what the kiosk knows of them, and where they are.
public struct VillagerSession: Sendable, Equatable {
    public var holder: CardHolder
    public var file: VillagerFile
    public var step: VillagerStep

    /// A session opening on the service menu.
    public init(holder: CardHolder, file: VillagerFile) {
        self.holder = holder
        self.file = file
        self.step = .menu(selected: 0)
    }

    /// The services on this person's menu.
    public var services: [VillagerService] {
        VillagerService.offered(for: file)
    }

    /// The menu's lines: each service with why it cannot be done today, if so.
    public var menuEntries: [ServiceMenuEntry] {
        ServiceMenuEntry.entries(for: file)
    }
}

/// Where a villager is in their session.
public enum VillagerStep: Sendable, Equatable {
    /// The numbered list of what this person can do today.
    case menu(selected: Int)
    /// The rules refused a service: the reasons, then back to the menu.
    case refused(VillagerService, [ServiceRefusal])
    /// A service's own screens.
    case flow(ServiceFlowState)
    /// The card's PIN, checked by the card, before the confirmation of business that moves money or standing.
    case cardPIN(CardPINStep)
    /// What will be recorded, with the amounts; the full ID number is shown only here.
    case confirming(PendingRecord)
    /// Confirmed: the store is writing it.
    case recording(PendingRecord)
    /// Recorded: the receipt, and how printing went.
    case receipt(Receipt, PrintStatus)
    /// The store could not write it; nothing was recorded. The message says why.
    case recordFailed(UserMessage)
}

/// How printing a receipt went.
public enum PrintStatus: Sendable, Equatable {
    case printing
    case printed
    /// Printing failed; the message is the reason (e.g. out of paper).
    case failed(UserMessage)
    /// No printer is configured at this kiosk.
    case noPrinter
}
