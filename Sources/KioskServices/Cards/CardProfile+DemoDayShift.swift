import CardSimulator
import KioskDomain
import KioskStore

extension CardProfile {
    /// The profile with its holder's ID number and birth date and the card's issue and expiry dates moved
    /// like the demo village's dates, so the card keeps matching its villager on any day.
    func shifted(by shift: DemoDayShift) -> CardProfile {
        guard shift.days != 0 else { return self }
        var profile = self
        if var holder = profile.holder {
            holder.idNumber = shift.idNumber(text: holder.idNumber)
            holder.birthDate = Self.moved(holder.birthDate, shift)
            profile.holder = holder
        }
        if var card = profile.card {
            card.issueDate = Self.moved(card.issueDate, shift)
            card.expiryDate = Self.moved(card.expiryDate, shift)
            profile.card = card
        }
        return profile
    }

    /// A `YYYYMMDD` date moved; text that is no date is kept.
    private static func moved(_ compact: String, _ shift: DemoDayShift) -> String {
        guard compact.count == 8, let day = CivilDate(iso: "\(compact.prefix(4))-\(compact.dropFirst(4).prefix(2))-\(compact.suffix(2))")
        else { return compact }
        return shift.day(day).compact
    }
}
