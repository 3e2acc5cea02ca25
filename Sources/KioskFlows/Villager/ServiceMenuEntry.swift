import KioskDomain

/// One line of the villager's service menu: a service the person has, and why it cannot be done today if so.
///
/// The reasons are those the service's own flow gives when it starts (`ServiceFlow.start`, i.e. the pure decisions of
/// KioskDomain), so the menu line and the screen shown on choosing it never disagree.
public struct ServiceMenuEntry: Sendable, Equatable {
    public var service: VillagerService
    /// Why the service cannot be done today; empty when it can.
    public var refusals: [ServiceRefusal]

    /// An entry.
    public init(service: VillagerService, refusals: [ServiceRefusal]) {
        self.service = service
        self.refusals = refusals
    }

    /// Whether the service can be done today.
    public var isAvailable: Bool { refusals.isEmpty }

    /// The menu's entries for a file: every service offered (`VillagerService.offered`), each with its refusals.
    public static func entries(for file: VillagerFile) -> [ServiceMenuEntry] {
        VillagerService.offered(for: file).map { service in
            ServiceMenuEntry(service: service, refusals: VillagerFlow.refusalsAtStart(service, file))
        }
    }

    /// The explanation of the first refusal (shown on the menu line), if any.
    public func explanation(_ file: VillagerFile) -> RefusalExplanation? {
        refusals.first?.explanation(policy: file.policy, today: file.today)
    }
}
