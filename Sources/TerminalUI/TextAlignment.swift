/// Where text sits within a wider space.
public enum TextAlignment: Sendable {
    case leading, center, trailing
}
