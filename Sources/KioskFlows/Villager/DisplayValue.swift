import KioskDomain

/// A value on a villager's screen, formatted in the person's language when drawn.
public enum DisplayValue: Sendable, Equatable {
    case none
    /// Text shown as it is (a name, a masked number).
    case text(String)
    /// Text from the string tables by key.
    case message(String)
    case money(Money)
    case date(CivilDate)
    /// A count of months.
    case months(Int)
    /// A count of years.
    case years(Int)
    /// One year's contribution: the year, the personal part and the government subsidy.
    case contribution(year: Int, personal: Money, subsidy: Money)

    /// The value as the person reads it.
    func formatted(_ context: ScreenContext) -> String {
        switch self {
        case .none: ""
        case .text(let text): text
        case .message(let key): context.text(key)
        case .money(let money): context.text("format.yuan", ["amount": money.yuanText])
        case .date(let date): date.iso
        case .months(let count): context.text("format.months", ["count": "\(count)"])
        case .years(let count): context.text("format.years", ["count": "\(count)"])
        case .contribution(let year, let personal, let subsidy):
            context.text("format.contribution", ["year": "\(year)", "personal": personal.yuanText, "subsidy": subsidy.yuanText])
        }
    }
}
