/// A transfer request (转移申请): the request and the account frozen until the destination accepts it.
public struct TransferDecision: Hashable, Sendable, Codable {
    public var request: TransferRequest
    public var account: InsuranceAccount

    /// Decides a transfer to the county `destinationRegion` (6-digit GB/T 2260 code).
    public static func decide(person: Person, account: InsuranceAccount, history: ServiceHistory,
                              policy: PolicyTable, destinationRegion: String, reason: TransferReason,
                              today: CivilDate) -> ServiceOutcome<TransferDecision> {
        var refusals: [ServiceRefusal] = []
        if person.diedOn != nil { refusals.append(.deceased) }
        switch account.status {
        case .notEnrolled: refusals.append(.notEnrolled)
        case .terminated: refusals.append(.accountTerminated)
        case .receivingPension, .pensionSuspended: refusals.append(.alreadyReceivingPension)
        case .paying, .paymentSuspended: break
        }
        if account.transferPending { refusals.append(.transferPending) }
        let isCode = destinationRegion.count == 6 && destinationRegion.allSatisfy(\.isASCIIDigit)
            && !destinationRegion.hasPrefix("00") && !destinationRegion.hasSuffix("00")
        if !isCode {
            refusals.append(.invalidRegion(destinationRegion))
        } else if destinationRegion == person.registeredRegion {
            refusals.append(.sameRegion)
        }
        guard refusals.isEmpty else { return .refused(refusals) }

        let balance = PersonalAccount.balance(of: history.contributions, on: today,
                                              interestRateBasisPoints: policy.interestRateBasisPoints)
        let request = TransferRequest(personID: person.id, requestedOn: today, destinationRegion: destinationRegion,
                                      reason: reason, balance: balance.total)
        var next = account
        next.transferPending = true
        return .decided(TransferDecision(request: request, account: next))
    }
}
