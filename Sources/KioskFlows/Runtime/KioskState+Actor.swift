import KioskDomain

extension KioskState {
    /// Who acts in the business recorded now: the logged-in coordinator (with the proxy they act for in a
    /// session opened without a card), or the villager alone.
    public var actor: Actor {
        guard let coordinator else { return .selfService }
        return .coordinator(id: coordinator.id, name: coordinator.name, proxy: actingProxy?.proxy)
    }
}
