/// The banks a villager can sign a withholding agreement with at the kiosk: those with branches in
/// Guangxi villages.
public enum WithholdingBank: String, Sendable, Equatable, CaseIterable {
    case ruralCreditUnion
    case agriculturalBank
    case postalSavingsBank
    case constructionBank
    case industrialAndCommercialBank

    /// The message key of the bank's name on screen.
    public var messageKey: String { "bankName.\(rawValue)" }

    /// The bank's registered name as the agreement is recorded and sent to the bank (record data,
    /// not screen text: screens show `messageKey`).
    public var registeredName: String {
        switch self {
        case .ruralCreditUnion: "广西农村信用社"
        case .agriculturalBank: "中国农业银行"
        case .postalSavingsBank: "中国邮政储蓄银行"
        case .constructionBank: "中国建设银行"
        case .industrialAndCommercialBank: "中国工商银行"
        }
    }

    /// Digits an account number may have.
    public static let accountDigits = 12...19
}
