/// Why a service cannot be done now; each case names a message key and the values the message shows.
public enum ServiceRefusal: Error, Hashable, Sendable {
    case underMinimumAge(minimumAge: Int, eligibleOn: CivilDate)
    case fullTimeStudent
    case inEmployeeScheme
    case notRegisteredHere(region: String)
    case alreadyEnrolled
    case alreadyReceivingPension
    case accountTerminated
    case notEnrolled
    case deceased
    case transferPending
    case tierNotOffered(yuan: Int)
    case outsideContributionWindow(opens: CivilDate, closes: CivilDate)
    case alreadyPaid(year: Int)
    /// Regular contributions end before the year of the pension age; only back-payment remains.
    case pastContributionAge(pensionAge: Int)
    case backPaymentTooYoung(fromAge: Int)
    case nothingToBackPay
    case tooManyBackPaymentYears(maximum: Int)
    case belowPensionAge(eligibleOn: CivilDate)
    /// Fewer contribution years than required; `backPayment` is what paying the short years at the lowest tier costs.
    case insufficientYears(paid: Int, required: Int, short: Int, backPayment: Money)
    case notReceivingPension
    case sameRegion
    case invalidRegion(String)
    case dateInFuture(CivilDate)
    /// Not a ground for cancellation (moving is a transfer; joining the employees' scheme keeps both accounts).
    case notACancellationGround
    /// A cancellation application already waits for the county.
    case cancellationPending
    /// Already drawing another basic pension (the employees' scheme): a second one cannot be claimed.
    case drawingOtherBasicPension

    /// The message key of the text shown for this refusal.
    public var messageKey: String {
        switch self {
        case .underMinimumAge: "refusal.underMinimumAge"
        case .fullTimeStudent: "refusal.fullTimeStudent"
        case .inEmployeeScheme: "refusal.inEmployeeScheme"
        case .notRegisteredHere: "refusal.notRegisteredHere"
        case .alreadyEnrolled: "refusal.alreadyEnrolled"
        case .alreadyReceivingPension: "refusal.alreadyReceivingPension"
        case .accountTerminated: "refusal.accountTerminated"
        case .notEnrolled: "refusal.notEnrolled"
        case .deceased: "refusal.deceased"
        case .transferPending: "refusal.transferPending"
        case .tierNotOffered: "refusal.tierNotOffered"
        case .outsideContributionWindow: "refusal.outsideContributionWindow"
        case .alreadyPaid: "refusal.alreadyPaid"
        case .pastContributionAge: "refusal.pastContributionAge"
        case .backPaymentTooYoung: "refusal.backPaymentTooYoung"
        case .nothingToBackPay: "refusal.nothingToBackPay"
        case .tooManyBackPaymentYears: "refusal.tooManyBackPaymentYears"
        case .belowPensionAge: "refusal.belowPensionAge"
        case .insufficientYears: "refusal.insufficientYears"
        case .notReceivingPension: "refusal.notReceivingPension"
        case .sameRegion: "refusal.sameRegion"
        case .invalidRegion: "refusal.invalidRegion"
        case .dateInFuture: "refusal.dateInFuture"
        case .notACancellationGround: "refusal.notACancellationGround"
        case .cancellationPending: "refusal.cancellationPending"
        case .drawingOtherBasicPension: "refusal.drawingOtherBasicPension"
        }
    }

    /// Values the message inserts, by placeholder name (amounts as yuan text, days as yyyy-MM-dd).
    public var parameters: [String: String] {
        switch self {
        case .underMinimumAge(let age, let day): ["age": String(age), "date": day.iso]
        case .notRegisteredHere(let region): ["region": region]
        case .tierNotOffered(let yuan): ["tier": String(yuan)]
        case .outsideContributionWindow(let opens, let closes): ["opens": opens.iso, "closes": closes.iso]
        case .alreadyPaid(let year): ["year": String(year)]
        case .pastContributionAge(let age): ["age": String(age)]
        case .backPaymentTooYoung(let age): ["age": String(age)]
        case .tooManyBackPaymentYears(let maximum): ["years": String(maximum)]
        case .belowPensionAge(let day): ["date": day.iso]
        case .insufficientYears(let paid, let required, let short, let amount):
            ["paid": String(paid), "required": String(required), "short": String(short), "amount": amount.yuanText]
        case .invalidRegion(let region): ["region": region]
        case .dateInFuture(let day): ["date": day.iso]
        case .fullTimeStudent, .inEmployeeScheme, .alreadyEnrolled, .alreadyReceivingPension, .accountTerminated,
             .notEnrolled, .deceased, .transferPending, .nothingToBackPay, .notReceivingPension, .sameRegion,
             .notACancellationGround, .cancellationPending, .drawingOtherBasicPension:
            [:]
        }
    }
}

/// What a decision returns: what will be recorded, or every reason it cannot be done.
public enum ServiceOutcome<Decision: Sendable>: Sendable {
    case decided(Decision)
    case refused([ServiceRefusal])

    /// The decision, if one was made.
    public var decision: Decision? {
        if case .decided(let decision) = self { return decision }
        return nil
    }

    /// The refusals (empty when decided).
    public var refusals: [ServiceRefusal] {
        if case .refused(let refusals) = self { return refusals }
        return []
    }
}

extension ServiceOutcome: Equatable where Decision: Equatable {}
