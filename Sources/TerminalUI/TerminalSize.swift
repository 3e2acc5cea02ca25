/// The size of a terminal or grid, in columns and rows.
public struct TerminalSize: Sendable, Hashable {
    public var width: Int
    public var height: Int

    /// Creates a size of `width` columns and `height` rows.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
