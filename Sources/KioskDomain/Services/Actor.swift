/// Who did a piece of business: the villager alone, the coordinator (possibly for a proxy), or the kiosk itself.
public enum ActorKind: String, Sendable, Codable, CaseIterable {
    case selfService
    case coordinator
    /// The kiosk acting on a rule, e.g. suspending a pension after a missed certification.
    case system

    /// The message key of the kind's display name.
    public var messageKey: String { "actor.\(rawValue)" }
}

/// A person acting for the villager (授权代理 / 亲友协办), and whether the villager's consent was recorded.
public struct Proxy: Hashable, Sendable, Codable {
    public var name: String
    /// e.g. "son", "neighbour".
    public var relationship: String
    /// The proxy's ID number, masked.
    public var maskedID: String?
    public var consentRecorded: Bool
    /// The stored authorisation the proxy acts on; the store checks its scope and expiry when it records.
    public var authorisationID: Int64?

    /// A proxy.
    public init(name: String, relationship: String, maskedID: String? = nil, consentRecorded: Bool,
                authorisationID: Int64? = nil) {
        self.authorisationID = authorisationID
        self.name = name
        self.relationship = relationship
        self.maskedID = maskedID
        self.consentRecorded = consentRecorded
    }
}

/// Who acted, as printed on the receipt and written to the audit log.
public struct Actor: Hashable, Sendable, Codable {
    public var kind: ActorKind
    /// Coordinator's staff ID.
    public var id: String?
    public var name: String?
    public var proxy: Proxy?

    /// An actor.
    public init(kind: ActorKind, id: String? = nil, name: String? = nil, proxy: Proxy? = nil) {
        self.kind = kind
        self.id = id
        self.name = name
        self.proxy = proxy
    }

    /// The villager at the terminal, alone.
    public static let selfService = Actor(kind: .selfService)
    /// The kiosk applying a rule.
    public static let system = Actor(kind: .system)

    /// The coordinator, possibly acting for a proxy.
    public static func coordinator(id: String, name: String, proxy: Proxy? = nil) -> Actor {
        Actor(kind: .coordinator, id: id, name: name, proxy: proxy)
    }

    /// One line for the audit log, e.g. `coordinator:XG-017:韦丽` or
    /// `coordinator:XG-017:韦丽 for-proxy:覃建国(son):4501**********123X:consent`.
    public var auditText: String {
        var text = kind.rawValue
        if let id { text += ":" + id }
        if let name { text += ":" + name }
        if let proxy {
            text += " for-proxy:" + proxy.name + "(" + proxy.relationship + ")"
            if let maskedID = proxy.maskedID { text += ":" + maskedID }
            text += proxy.consentRecorded ? ":consent" : ":no-consent"
        }
        return text
    }
}
