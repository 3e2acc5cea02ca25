/// What a message box tells: information, a warning, an error or a success.
public enum MessageKind: Sendable {
    case info, warning, error, success

    /// The theme style of the box's frame and title for this kind.
    func style(in theme: Theme) -> CellStyle {
        switch self {
        case .info: theme.frame
        case .warning: theme.warning
        case .error: theme.error
        case .success: theme.success
        }
    }

    /// The frame characters for this kind, so the kind shows without colour:
    /// light lines for info and success, heavy for warnings, double for errors.
    var border: BoxBorder {
        switch self {
        case .info, .success: .light
        case .warning: .heavy
        case .error: .double
        }
    }
}
