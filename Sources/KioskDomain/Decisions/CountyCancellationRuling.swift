/// The county's answer to a pending cancellation application, as it arrives later through the upstream sync.
///
/// Accepted, the account is terminated on the application's ground (the county then settles the refund); refused,
/// the account goes on as before. Either way the application stops being pending.
public struct CountyCancellationRuling: Hashable, Sendable {
    /// Whether the county accepted the application.
    public var accepted: Bool
    /// The day the county decided.
    public var decidedOn: CivilDate
    /// The county's note (its reason when it refuses).
    public var note: String

    /// A ruling.
    public init(accepted: Bool, decidedOn: CivilDate, note: String = "") {
        self.accepted = accepted
        self.decidedOn = decidedOn
        self.note = note
    }

    /// The status the application takes.
    public var status: CancellationApplicationStatus { accepted ? .accepted : .refused }

    /// The account after the ruling on an application made on `ground`.
    public func apply(to account: InsuranceAccount, ground: CancellationReason) -> InsuranceAccount {
        var next = account
        next.cancellationPending = false
        if accepted {
            next.status = .terminated
            next.terminationReason = ground
            next.transferPending = false
        }
        return next
    }
}
