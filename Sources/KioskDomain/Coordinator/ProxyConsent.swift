/// What a villager's consent to a proxy rests on (issue 12 item 5): the villager's own card presented at the kiosk, or
/// a paper form the villager signed, recorded by its number as typed; never a fixed sentence.
public enum ProxyConsent: Hashable, Sendable {
    /// The villager's social-security card was in the reader when the authorisation was recorded.
    case cardPresent
    /// A signed paper authorisation form, by its number (checked like any document number, `ActEvidence.checkedNumber`).
    case signedForm(number: String)

    /// The text stored as the authorisation's `consentEvidence`: `card-present` or `form:<number>`.
    public var recordedText: String {
        switch self {
        case .cardPresent: "card-present"
        case .signedForm(let number): "form:" + number
        }
    }

    /// The consent a stored text records, or nil for a text recorded before consents were typed.
    public init?(recordedText text: String) {
        if text == "card-present" {
            self = .cardPresent
        } else if text.hasPrefix("form:"), text.count > 5 {
            self = .signedForm(number: String(text.dropFirst(5)))
        } else {
            return nil
        }
    }
}
