import KioskDomain

/// Where a logged-in coordinator is, between villager sessions.
public enum CoordinatorStep: Sendable, Equatable {
    case menu(selected: Int)
    /// Waiting for the card of the villager the coordinator acts for.
    case waitingForVillagerCard
    /// Reading the villager's card.
    case readingVillagerCard
    /// The villager's card could not be used (message key).
    case villagerCardProblem(UserMessage)
    /// The coordinator's own work: rosters, home visits, death reports, reminders, acting for someone absent.
    case work(CoordinatorWork)
    /// Registering a villager's resident ID card for contactless readers.
    case registerIDCard(IDCardRegistration)
}

/// What the coordinator menu offers.
public enum CoordinatorChoice: String, Sendable, CaseIterable {
    case actForVillager
    case rosters
    case homeVisits
    case deathReport
    case reminders
    case actForAbsentVillager
    case registerIDCard
    case logOut
    case closeKiosk
    case employment

    /// The message key of the menu label.
    public var labelKey: String { "coordinator.menu.\(rawValue)" }
}
