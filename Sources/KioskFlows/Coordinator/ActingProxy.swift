import KioskDomain

/// The person a coordinator acts for in a villager's session opened without a card, and what they may do.
public struct ActingProxy: Sendable, Equatable {
    /// As printed on receipts and written to the audit log.
    public var proxy: Proxy
    /// The services the authorisation covers.
    public var scope: Set<ProxyService>

    /// An acting proxy.
    public init(proxy: Proxy, scope: Set<ProxyService>) {
        self.proxy = proxy
        self.scope = scope
    }
}
