/// What has already been recorded for a person: the input every decision reads besides the account.
public struct ServiceHistory: Hashable, Sendable, Codable {
    public var contributions: [Contribution]
    public var certifications: [Certification]

    /// A history.
    public init(contributions: [Contribution] = [], certifications: [Certification] = []) {
        self.contributions = contributions
        self.certifications = certifications
    }

    /// The distinct years contributed for (regular or back-paid).
    public var contributedYears: Set<Int> { Set(contributions.map(\.year)) }

    /// How many distinct years count towards the minimum.
    public var contributionYears: Int { contributedYears.count }
}
