import Foundation

/// How someone acts for a villager who cannot come or cannot do the business alone.
public enum ProxyKind: String, Sendable, Codable, CaseIterable {
    /// 授权代理: the villager authorised a named person in advance, with a scope and an expiry.
    case authorisedProxy
    /// 亲友协办: a relative or friend assists, with the villager's consent recorded at the time.
    case relativeAssisting

    /// The message key of the kind's display name.
    public var messageKey: String { "proxy.kind.\(rawValue)" }
}

/// A piece of business an authorisation may cover (raw values match the store's service kinds).
public enum ProxyService: String, Sendable, Codable, CaseIterable, Comparable {
    case registration
    case enrolment
    case contribution
    case benefitClaim
    case transfer
    case cancellation
    case certification
    case deathReport

    /// The message key of the service's display name.
    public var messageKey: String { "service.\(rawValue)" }

    public static func < (lhs: ProxyService, rhs: ProxyService) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Why an authorisation does not let the proxy do a piece of business.
public enum ProxyRefusal: Error, Hashable, Sendable {
    /// The authorisation ended on the day given (the last day it was valid).
    case expired(on: CivilDate)
    /// The authorisation starts later.
    case notYetValid(from: CivilDate)
    /// The service is not in the authorisation's scope.
    case outOfScope(ProxyService)
    /// The authorisation was withdrawn.
    case revoked
    /// No stored authorisation of this villager stands behind the proxy.
    case notRecorded
    /// The business is not one a proxy may do (`ProxyService` lists those).
    case notDelegable

    /// The message key of the text shown for this refusal.
    public var messageKey: String {
        switch self {
        case .expired: "proxy.refusal.expired"
        case .notYetValid: "proxy.refusal.notYetValid"
        case .outOfScope: "proxy.refusal.outOfScope"
        case .revoked: "proxy.refusal.revoked"
        case .notRecorded: "acts.proxy.refusal.notRecorded"
        case .notDelegable: "acts.proxy.refusal.notDelegable"
        }
    }

    /// Values the message inserts, by placeholder name.
    public var parameters: [String: String] {
        switch self {
        case .expired(let day): ["date": day.iso]
        case .notYetValid(let day): ["date": day.iso]
        case .outOfScope(let service): ["service": service.rawValue]
        case .revoked, .notRecorded, .notDelegable: [:]
        }
    }
}

/// A recorded authorisation for someone to act for a villager: who, how related, their ID number, what for,
/// until when, and when the villager's consent was recorded.
public struct ProxyAuthorisation: Hashable, Sendable, Codable {
    /// The stored row's id (nil before it is stored).
    public var id: Int64?
    /// The villager the business is for.
    public var personID: IDNumber
    public var kind: ProxyKind
    public var proxyName: String
    /// e.g. "son", "daughter-in-law", "neighbour".
    public var relationship: String
    public var proxyIDNumber: IDNumber
    public var scope: Set<ProxyService>
    /// First day the authorisation is valid.
    public var validFrom: CivilDate
    /// Last day the authorisation is valid.
    public var expiresOn: CivilDate
    /// When the villager's consent was recorded.
    public var consentRecordedAt: Date
    /// What the consent rests on, e.g. "signed form 2026-031" or "stated in person to the coordinator".
    public var consentEvidence: String
    public var revoked: Bool

    /// An authorisation.
    public init(id: Int64? = nil, personID: IDNumber, kind: ProxyKind, proxyName: String, relationship: String,
                proxyIDNumber: IDNumber, scope: Set<ProxyService>, validFrom: CivilDate, expiresOn: CivilDate,
                consentRecordedAt: Date, consentEvidence: String, revoked: Bool = false) {
        self.id = id
        self.personID = personID
        self.kind = kind
        self.proxyName = proxyName
        self.relationship = relationship
        self.proxyIDNumber = proxyIDNumber
        self.scope = scope
        self.validFrom = validFrom
        self.expiresOn = expiresOn
        self.consentRecordedAt = consentRecordedAt
        self.consentEvidence = consentEvidence
        self.revoked = revoked
    }

    /// Every reason the proxy may not do `service` on `day`; empty when permitted.
    public func refusals(service: ProxyService, on day: CivilDate) -> [ProxyRefusal] {
        var refusals: [ProxyRefusal] = []
        if revoked { refusals.append(.revoked) }
        if day < validFrom { refusals.append(.notYetValid(from: validFrom)) }
        if day > expiresOn { refusals.append(.expired(on: expiresOn)) }
        if !scope.contains(service) { refusals.append(.outOfScope(service)) }
        return refusals
    }

    /// Whether the authorisation can be acted on `day` for at least one of `services`: not revoked, in date, and one of
    /// them in its scope. The stored authorisations a coordinator is offered to act on again are these.
    public func isInForce(on day: CivilDate, forAnyOf services: [ProxyService]) -> Bool {
        services.contains { permits(service: $0, on: day) }
    }

    /// Whether the proxy may do `service` on `day`.
    public func permits(service: ProxyService, on day: CivilDate) -> Bool {
        refusals(service: service, on: day).isEmpty
    }
}
