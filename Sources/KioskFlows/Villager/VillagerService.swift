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

    /// The services that apply to this person today, in menu order; queries always.
    public static func offered(for file: VillagerFile) -> [VillagerService] {
        guard file.person.diedOn == nil else { return [.queries] }
        var services: [VillagerService] = []
        switch file.account.status {
        case .notEnrolled:
            services = [.enrolment]
        case .paying, .paymentSuspended:
            services = [.contribution]
            if file.age >= file.policy.pensionAge { services.append(.benefitClaim) }
            services += [.transfer, .cancellation]
        case .receivingPension, .pensionSuspended:
            services = [.certification]
        case .terminated:
            services = []
        }
        return services + [.queries]
    }
}
