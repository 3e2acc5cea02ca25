import Foundation

/// A villager's wish to be trained in a trade (培训意愿登记).
public struct TrainingWish: Hashable, Sendable, Codable {
    public var personID: IDNumber
    /// The trade, as registered (e.g. 电工); compared after trimming spaces.
    public var trade: String
    public var registeredOn: CivilDate

    /// A wish.
    public init(personID: IDNumber, trade: String, registeredOn: CivilDate) {
        self.personID = personID
        self.trade = trade.trimmingCharacters(in: .whitespaces)
        self.registeredOn = registeredOn
    }
}

/// When a training class is asked for: at least 10 people wishing the same trade.
///
/// Source: seed item 6 (培训意愿登记满10人以上的，要主动联系人社部门协调培训机构制定开班计划). "满10人" reads as 10 or more.
/// A person wishing the same trade twice counts once.
public enum TrainingClassRule {
    /// The fewest wishes for one trade that raise a class request.
    public static let minimumWishes = 10

    /// Distinct people wishing each trade.
    public static func wishesByTrade(_ wishes: [TrainingWish]) -> [String: Int] {
        var people: [String: Set<IDNumber>] = [:]
        for wish in wishes where !wish.trade.isEmpty { people[wish.trade, default: []].insert(wish.personID) }
        return people.mapValues(\.count)
    }

    /// The trades that reach the threshold, most wished first (then by trade).
    public static func classRequests(_ wishes: [TrainingWish]) -> [(trade: String, people: Int)] {
        wishesByTrade(wishes).filter { $0.value >= minimumWishes }
            .map { (trade: $0.key, people: $0.value) }
            .sorted { $0.people != $1.people ? $0.people > $1.people : $0.trade < $1.trade }
    }
}
