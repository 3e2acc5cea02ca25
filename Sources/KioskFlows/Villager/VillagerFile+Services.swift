import KioskDomain

extension VillagerService {
    /// The services the service menu offers for this file (the rule is `VillagerService.offered` in KioskDomain).
    public static func offered(for file: VillagerFile) -> [VillagerService] {
        offered(person: file.person, account: file.account, policy: file.policy, today: file.today,
                openedByCoordinator: file.openedByCoordinator, proxyScope: file.proxyScope)
    }
}
