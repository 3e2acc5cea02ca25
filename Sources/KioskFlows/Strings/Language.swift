/// A language the kiosk can show: Chinese first, English second.
public enum Language: String, Sendable, CaseIterable, Codable {
    case chinese = "zh-Hans"
    case english = "en"

    /// The other language, shown as the second line where a screen shows both.
    public var other: Language {
        self == .chinese ? .english : .chinese
    }
}
