/// What a villager can choose from the service menu.
public enum VillagerService: String, Sendable, Equatable, CaseIterable {
    case enrolment
    case contribution
    case benefitClaim
    case transfer
    case cancellation
    case certification
    case queries
    /// Employment services (就业服务): job-seeker registration and wishes, training wishes, the person's matches.
    case employment

    /// The message key of the menu label.
    public var labelKey: String { "villager.service.\(rawValue)" }

    /// What a proxy's authorisation must cover for this service; nil for queries, always allowed.
    public var proxyService: ProxyService? {
        switch self {
        case .enrolment: .enrolment
        case .contribution: .contribution
        case .benefitClaim: .benefitClaim
        case .transfer: .transfer
        case .cancellation: .cancellation
        case .certification: .certification
        case .queries, .employment: nil
        }
    }

    /// The services offered to `person` with `account` on `today`, in menu order; queries always. A session
    /// a coordinator opened (`openedByCoordinator`) also offers cancellation for pensioners and the deceased
    /// (cancellation on death); a proxy's session (`proxyScope`) only what the authorisation covers.
    /// Employment services come last, for a person of working age (`WorkingAgeRule`, whatever their pension account)
    /// in their own session or one the coordinator opened; a proxy's authorisation does not cover them (assumed).
    public static func offered(person: Person, account: InsuranceAccount, policy: PolicyTable, today: CivilDate,
                               openedByCoordinator: Bool, proxyScope: Set<ProxyService>?) -> [VillagerService] {
        var services = applicable(person: person, account: account, policy: policy, today: today,
                                  openedByCoordinator: openedByCoordinator)
        if let proxyScope {
            services = services.filter { $0.proxyService.map(proxyScope.contains) ?? true }
        }
        let employment: [VillagerService] = proxyScope == nil && WorkingAgeRule.isCovered(person, on: today, stillWorking: false)
            ? [.employment] : []
        return services + [.queries] + employment
    }

    private static func applicable(person: Person, account: InsuranceAccount, policy: PolicyTable, today: CivilDate,
                                   openedByCoordinator: Bool) -> [VillagerService] {
        guard person.diedOn == nil else {
            return openedByCoordinator && account.status != .terminated && account.status != .notEnrolled
                && !account.cancellationPending ? [.cancellation] : []
        }
        var services: [VillagerService] = []
        switch account.status {
        case .notEnrolled:
            services = [.enrolment]
        case .paying, .paymentSuspended:
            services = [.contribution]
            if person.age(on: today) >= policy.pensionAge { services.append(.benefitClaim) }
            services += [.transfer, .cancellation]
        case .receivingPension, .pensionSuspended:
            services = [.certification] + (openedByCoordinator ? [.cancellation] : [])
        case .terminated:
            services = []
        }
        return services
    }
}
