/// What a refusal tells a person besides "not now": a short note for the menu line, saying when it becomes possible
/// where a day is known, and the advice shown when the service is chosen anyway, saying what to do and when.
public struct RefusalExplanation: Hashable, Sendable {
    /// The few words after the service's name on the menu, e.g. "2026 年度已缴，2027 年度 1 月起可缴".
    public var note: UserMessage
    /// What to do and when, shown under the refusal's own text.
    public var advice: UserMessage

    /// An explanation.
    public init(note: UserMessage, advice: UserMessage) {
        self.note = note
        self.advice = advice
    }
}

extension ServiceRefusal {
    /// The note and advice for this refusal on `today` under `policy` (next year's contribution window is assumed to
    /// be this year's table's window, as the next table is not known yet).
    public func explanation(policy: PolicyTable, today: CivilDate) -> RefusalExplanation {
        var name = String(messageKey.dropFirst("refusal.".count))
        var values = parameters
        switch self {
        case .alreadyPaid(let year):
            let opens = policy.contributionWindow.bounds(in: year + 1)?.first
                ?? CivilDate(year: year + 1, month: 1, day: 1)!
            values["nextYear"] = String(year + 1)
            values["month"] = String(opens.month)
            values["date"] = opens.iso
        case .outsideContributionWindow(let opens, let closes):
            if today > closes {
                let next = policy.contributionWindow.bounds(in: today.year + 1)?.first
                    ?? CivilDate(year: today.year + 1, month: 1, day: 1)!
                name += ".closed"
                values["next"] = next.iso
            } else {
                name += ".notYet"
                values["opens"] = opens.iso
            }
            values["backPaymentAge"] = String(policy.backPayment.fromAge)
        case .pastContributionAge, .belowPensionAge:
            values["pensionAge"] = String(policy.pensionAge)
        default:
            break
        }
        return RefusalExplanation(note: UserMessage("noDeadEnd.note.\(name)", values),
                                  advice: UserMessage("noDeadEnd.advice.\(name)", values))
    }
}
