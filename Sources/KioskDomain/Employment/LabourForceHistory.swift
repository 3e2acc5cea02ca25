/// Every version of every labour-force record of a village, read as "the record in force" per person and month.
///
/// Source: issue item 1 (rows keep history; a correction is a new version). The record in force for a month is its
/// highest version.
public struct LabourForceHistory: Sendable {
    private var byPerson: [IDNumber: [CalendarMonth: LabourForceRecord]] = [:]

    /// The history made of record versions, in any order.
    public init(_ versions: [LabourForceRecord]) {
        for record in versions {
            if let existing = byPerson[record.personID]?[record.month], existing.version >= record.version { continue }
            byPerson[record.personID, default: [:]][record.month] = record
        }
    }

    /// The record in force for a person and month.
    public func record(_ person: IDNumber, _ month: CalendarMonth) -> LabourForceRecord? {
        byPerson[person]?[month]
    }

    /// The latest record in force for a person on or before a month.
    public func latest(_ person: IDNumber, onOrBefore month: CalendarMonth) -> LabourForceRecord? {
        byPerson[person]?.filter { $0.key <= month }.max { $0.key < $1.key }?.value
    }

    /// The records in force for a month, by person.
    public func records(in month: CalendarMonth) -> [IDNumber: LabourForceRecord] {
        var found: [IDNumber: LabourForceRecord] = [:]
        for (person, months) in byPerson { if let record = months[month] { found[person] = record } }
        return found
    }

    /// Everyone with any record.
    public var people: Set<IDNumber> { Set(byPerson.keys) }

    /// The version number a new entry for a person and month takes (1 when the month has none).
    public func nextVersion(_ person: IDNumber, _ month: CalendarMonth) -> Int {
        (record(person, month)?.version ?? 0) + 1
    }
}
