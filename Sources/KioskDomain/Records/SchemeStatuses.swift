/// Enrolment status (GB/T 40217-2021 data item AAC008).
public enum EnrolmentStatus: String, Sendable, Codable, CaseIterable {
    case notEnrolled, enrolled, terminated

    /// The code sent upstream. Assumed: the code values of the standard's table were not found in a public
    /// source; these follow the usual MOHRSS coding (0 none, 1 normal, 4 terminated).
    public var code: String {
        switch self {
        case .notEnrolled: "0"
        case .enrolled: "1"
        case .terminated: "4"
        }
    }
}

/// Payment status (GB/T 40217-2021 data item AAC031).
public enum PaymentStatus: String, Sendable, Codable, CaseIterable {
    case paying, suspended, stopped

    /// The code sent upstream (assumed values, as for `EnrolmentStatus.code`: 1 paying, 2 suspended, 3 stopped).
    public var code: String {
        switch self {
        case .paying: "1"
        case .suspended: "2"
        case .stopped: "3"
        }
    }
}

/// Benefit status: whether a pension is drawn.
public enum BenefitStatus: String, Sendable, Codable, CaseIterable {
    case notReceiving, receiving, suspended
}

/// The three statuses of an account kept apart, after GB/T 40217-2021: enrolment (AAC008), payment (AAC031) and
/// benefit, read from the kiosk's single `AccountStatus`; records and the outbox carry them with their codes.
public struct SchemeStatuses: Hashable, Sendable, Codable {
    public var enrolment: EnrolmentStatus
    /// Nil for someone never enrolled.
    public var payment: PaymentStatus?
    public var benefit: BenefitStatus
    /// `enrolment.code`, as AAC008.
    public var aac008: String
    /// `payment?.code`, as AAC031.
    public var aac031: String?

    /// The statuses of an account. A pensioner has stopped paying (contributions end at the pension age).
    public init(_ account: InsuranceAccount) {
        switch account.status {
        case .notEnrolled: (enrolment, payment, benefit) = (.notEnrolled, nil, .notReceiving)
        case .paying: (enrolment, payment, benefit) = (.enrolled, .paying, .notReceiving)
        case .paymentSuspended: (enrolment, payment, benefit) = (.enrolled, .suspended, .notReceiving)
        case .receivingPension: (enrolment, payment, benefit) = (.enrolled, .stopped, .receiving)
        case .pensionSuspended: (enrolment, payment, benefit) = (.enrolled, .stopped, .suspended)
        case .terminated: (enrolment, payment, benefit) = (.terminated, .stopped, .notReceiving)
        }
        aac008 = enrolment.code
        aac031 = payment?.code
    }
}
