import Foundation
import KioskDomain
import TerminalUI

/// Acting for a villager who cannot come (代办，无卡): their ID number, then the authorisation — a proxy
/// (授权代理: name, relationship, ID number, scope, expiry) or a relative assisting (亲友协办) — and the consent.
public struct AbsentVillagerForm: Sendable, Equatable {
    /// Where the coordinator is.
    public enum Step: Sendable, Equatable {
        case idNumber(TextEntry, notice: UserMessage?)
        case finding(IDNumber)
        /// The villager's stored authorisations still in force, to act on again; the entry after them starts a new one.
        case stored(selected: Int)
        case kind(selected: Int)
        case proxyName(TextEntry)
        case relationship(selected: Int)
        case proxyID(TextEntry, notice: UserMessage?)
        /// `selected` is the highlighted service; digits turn services on and off.
        case scope(selected: Int)
        case expiry(TextEntry, notice: UserMessage?)
        /// The number of the authorisation form the villager signed (the villager is absent: no card to present).
        case consentForm(TextEntry, notice: UserMessage?)
        /// Everything recorded, and the villager's consent to confirm.
        case consent
        case recording
        case failed(UserMessage)
    }

    /// What the kiosk knows of the villager, once found.
    public var file: VillagerFile?
    /// The villager's stored authorisations in force today (this villager's, not revoked, in date, a service in scope),
    /// newest first, as the store listed them when the villager was found.
    public var stored: [ProxyAuthorisation] = []
    public var draft: ProxyDraft
    public var step: Step

    /// A form asking for the ID number.
    public init(file: VillagerFile? = nil, draft: ProxyDraft = ProxyDraft(),
                step: Step = .idNumber(TextEntry(maxLength: 18, allowed: .idNumber), notice: nil)) {
        self.file = file
        self.draft = draft
        self.step = step
    }
}

/// The authorisation as it is filled in.
public struct ProxyDraft: Sendable, Equatable {
    public var kind: ProxyKind
    public var name: String
    public var relationship: ProxyRelationship
    public var idNumber: IDNumber?
    public var scope: Set<ProxyService>
    public var expiresOn: CivilDate?
    /// What the villager's consent rests on, once typed.
    public var consent: ProxyConsent?

    /// An empty draft.
    public init(kind: ProxyKind = .authorisedProxy, name: String = "", relationship: ProxyRelationship = .son,
                idNumber: IDNumber? = nil, scope: Set<ProxyService> = [], expiresOn: CivilDate? = nil) {
        self.kind = kind
        self.name = name
        self.relationship = relationship
        self.idNumber = idNumber
        self.scope = scope
        self.expiresOn = expiresOn
    }

    /// The authorisation to store, consent recorded at `instant`; nil while something is missing.
    public func authorisation(for personID: IDNumber, today: CivilDate, consentAt instant: Date) -> ProxyAuthorisation? {
        guard let idNumber, !name.isEmpty, let consent else { return nil }
        let assisting = kind == .relativeAssisting
        guard let expiry = assisting ? today : expiresOn else { return nil }
        let services = assisting ? Set(ProxyDraft.services) : scope
        guard !services.isEmpty else { return nil }
        return ProxyAuthorisation(
            personID: personID, kind: kind, proxyName: name, relationship: relationship.rawValue, proxyIDNumber: idNumber,
            scope: services, validFrom: today, expiresOn: expiry, consentRecordedAt: instant,
            consentEvidence: consent.recordedText)
    }

    /// The services an authorisation may cover, in the order offered.
    public static let services: [ProxyService] = [.enrolment, .contribution, .benefitClaim, .transfer, .cancellation,
                                                  .certification]
}

/// How the proxy is related to the villager.
public enum ProxyRelationship: String, Sendable, CaseIterable {
    case spouse
    case son
    case daughter
    case sonInLaw = "son-in-law"
    case daughterInLaw = "daughter-in-law"
    case grandchild
    case sibling
    case otherRelative = "other relative"
    case neighbour

    /// The message key of the relationship's name.
    public var messageKey: String { "proxy.relationship.\(String(describing: self))" }
}
