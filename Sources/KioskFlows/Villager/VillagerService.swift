import KioskDomain

/// What a villager can choose from the service menu.
public enum VillagerService: String, Sendable, Equatable, CaseIterable {
    case enrolment
    case contribution
    case benefitClaim
    case transfer
    case cancellation
    case certification
    case queries

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
        case .queries: nil
        }
    }

    /// The services that apply to this person today, in menu order; queries always. A coordinator's
    /// session also offers cancellation for pensioners and the deceased (cancellation on death);
    /// a proxy's session only what the authorisation covers.
    public static func offered(for file: VillagerFile) -> [VillagerService] {
        var services = applicable(file)
        if let scope = file.proxyScope {
            services = services.filter { $0.proxyService.map(scope.contains) ?? true }
        }
        return services + [.queries]
    }

    private static func applicable(_ file: VillagerFile) -> [VillagerService] {
        guard file.person.diedOn == nil else {
            return file.openedByCoordinator && file.account.status != .terminated && file.account.status != .notEnrolled
                ? [.cancellation] : []
        }
        var services: [VillagerService] = []
        switch file.account.status {
        case .notEnrolled:
            services = [.enrolment]
        case .paying, .paymentSuspended:
            services = [.contribution]
            if file.age >= file.policy.pensionAge { services.append(.benefitClaim) }
            services += [.transfer, .cancellation]
        case .receivingPension, .pensionSuspended:
            services = [.certification] + (file.openedByCoordinator ? [.cancellation] : [])
        case .terminated:
            services = []
        }
        return services
    }
}
