/// One choice of a numbered menu: the key that selects it and its label.
public struct MenuItem: Sendable, Hashable {
    /// The key shown in brackets and typed to choose, e.g. "1" or "0".
    public var key: String
    public var label: String
    public var enabled: Bool

    /// Creates a menu item from already-localised text.
    public init(key: String, label: String, enabled: Bool = true) {
        self.key = key
        self.label = label
        self.enabled = enabled
    }
}
