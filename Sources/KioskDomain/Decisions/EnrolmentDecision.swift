/// What a person asks for when enrolling.
public struct EnrolmentRequest: Hashable, Sendable {
    public var tierYuan: Int
    public var phone: PhoneNumber?
    public var address: String?
    public var withholding: BankAccount?

    /// A request.
    public init(tierYuan: Int, phone: PhoneNumber? = nil, address: String? = nil, withholding: BankAccount? = nil) {
        self.tierYuan = tierYuan
        self.phone = phone
        self.address = address
        self.withholding = withholding
    }
}

/// Enrolment (参保登记): the person's updated details and the new paying account.
public struct EnrolmentDecision: Hashable, Sendable, Codable {
    public var person: Person
    public var account: InsuranceAccount
    /// Where the person stands against the minimum years right after enrolling.
    public var plan: BackPaymentPlan

    /// Decides an enrolment at a kiosk serving `serviceCounty` (GB/T 2260 county code).
    public static func decide(person: Person, account: InsuranceAccount, history: ServiceHistory,
                              policy: PolicyTable, request: EnrolmentRequest, serviceCounty: String,
                              today: CivilDate) -> ServiceOutcome<EnrolmentDecision> {
        var refusals: [ServiceRefusal] = []
        if person.diedOn != nil || account.terminationReason == .death { refusals.append(.deceased) }
        if person.age(on: today) < policy.enrolmentMinimumAge {
            refusals.append(.underMinimumAge(minimumAge: policy.enrolmentMinimumAge,
                                             eligibleOn: person.birthDate.anniversary(policy.enrolmentMinimumAge)))
        }
        if person.isFullTimeStudent { refusals.append(.fullTimeStudent) }
        if person.inEmployeeScheme { refusals.append(.inEmployeeScheme) }
        if person.registeredRegion != serviceCounty { refusals.append(.notRegisteredHere(region: person.registeredRegion)) }
        switch account.status {
        case .paying, .paymentSuspended: refusals.append(.alreadyEnrolled)
        case .receivingPension, .pensionSuspended: refusals.append(.alreadyReceivingPension)
        case .notEnrolled, .terminated: break
        }
        if policy.tier(yuan: request.tierYuan) == nil { refusals.append(.tierNotOffered(yuan: request.tierYuan)) }
        guard refusals.isEmpty else { return .refused(refusals) }

        var updated = person
        if let phone = request.phone { updated.phone = phone }
        if let address = request.address { updated.address = address }
        let next = InsuranceAccount(personID: person.id, status: .paying, enrolledOn: today,
                                    tierYuan: request.tierYuan, withholding: request.withholding)
        let plan = BackPaymentPlan.assess(person: person, history: history, policy: policy, on: today)
        return .decided(EnrolmentDecision(person: updated, account: next, plan: plan))
    }
}
