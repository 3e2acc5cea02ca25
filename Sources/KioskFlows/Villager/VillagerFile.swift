import KioskDomain

/// What the kiosk knows of the villager whose card is in, loaded from the store at the edge.
public struct VillagerFile: Sendable, Equatable {
    /// The person, from the store, or from the card when this kiosk has never seen them.
    public var person: Person
    /// Whether the person is in this kiosk's database.
    public var isKnown: Bool
    public var account: InsuranceAccount
    public var history: ServiceHistory
    /// The policy table in force today for the person's region.
    public var policy: PolicyTable
    /// Every policy table, for amounts decided by the table in force on another day (a pension month by month).
    public var policies: PolicyBook
    /// Today, in the village's calendar.
    public var today: CivilDate
    /// The county the kiosk serves (enrolment needs household registration there).
    public var serviceCounty: String
    /// The person's receipts, newest first.
    public var receipts: [Receipt]
    /// Whether a logged-in coordinator opened this session: services a villager cannot do alone are offered.
    public var openedByCoordinator: Bool = false
    /// What a proxy's authorisation covers when the coordinator acts for one; nil when there is no proxy.
    public var proxyScope: Set<ProxyService>?
    /// The GB/T 2260 list a transfer's destination is chosen from (filled at the edge).
    public var regions: RegionDirectory
    /// The person's job-seeker profile, training wishes and matches (filled at the edge).
    public var employment = VillagerEmployment()

    /// A villager's file.
    public init(person: Person, isKnown: Bool, account: InsuranceAccount, history: ServiceHistory, policy: PolicyTable,
                today: CivilDate, serviceCounty: String, receipts: [Receipt], regions: RegionDirectory = .empty,
                policies: PolicyBook? = nil) {
        self.person = person
        self.isKnown = isKnown
        self.account = account
        self.history = history
        self.policy = policy
        self.policies = policies ?? PolicyBook(tables: [policy])
        self.today = today
        self.serviceCounty = serviceCounty
        self.receipts = receipts
        self.regions = regions
    }

    /// The person's age today.
    public var age: Int {
        person.birthDate.age(on: today)
    }
}
