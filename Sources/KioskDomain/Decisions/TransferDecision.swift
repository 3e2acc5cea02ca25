/// A transfer-in application (转移申请), made at the destination: a person whose household registration is now in
/// this county asks for their account in another county to move here.
///
/// Guo Fa [2014] No. 8 §8: a person whose household registration moved applies at the destination (迁入地), and the
/// whole personal-account balance moves. The application goes upstream to the old county; the account here is
/// not frozen (the balance arrives when the old county releases it). People already drawing a pension do not
/// transfer (§8). A person leaving this county applies at the new place instead.
public struct TransferDecision: Hashable, Sendable, Codable {
    public var request: TransferRequest
    public var account: InsuranceAccount

    /// Decides a transfer-in from the county `fromRegion` (6-digit GB/T 2260 code) to `serviceCounty`.
    public static func decide(person: Person, account: InsuranceAccount, history: ServiceHistory,
                              policy: PolicyTable, fromRegion: String, serviceCounty: String, reason: TransferReason,
                              today: CivilDate) -> ServiceOutcome<TransferDecision> {
        var refusals: [ServiceRefusal] = []
        if person.diedOn != nil { refusals.append(.deceased) }
        switch account.status {
        case .terminated: refusals.append(.accountTerminated)
        case .receivingPension, .pensionSuspended: refusals.append(.alreadyReceivingPension)
        case .notEnrolled, .paying, .paymentSuspended: break
        }
        if account.transferPending { refusals.append(.transferPending) }
        if account.cancellationPending { refusals.append(.cancellationPending) }
        if person.registeredRegion != serviceCounty { refusals.append(.notRegisteredHere(region: person.registeredRegion)) }
        let isCode = fromRegion.count == 6 && fromRegion.allSatisfy(\.isASCIIDigit)
            && !fromRegion.hasPrefix("00") && !fromRegion.hasSuffix("00")
        if !isCode {
            refusals.append(.invalidRegion(fromRegion))
        } else if fromRegion == serviceCounty {
            refusals.append(.sameRegion)
        }
        guard refusals.isEmpty else { return .refused(refusals) }

        let request = TransferRequest(personID: person.id, requestedOn: today, destinationRegion: serviceCounty,
                                      reason: reason, balance: .zero, fromRegion: fromRegion)
        return .decided(TransferDecision(request: request, account: account))
    }
}
