/// The plan's two lists for a month: employed (农村劳动力就业人员清单) and willing but not employed
/// (有就业意愿暂未就业人员清单).
///
/// Source: seed item 1 (建立农村劳动力就业人员清单、有就业意愿暂未就业人员清单). Employed counts both kinds of work; the
/// second list is everyone without work who wants it.
public struct LabourForceLists: Hashable, Sendable {
    public var month: CalendarMonth
    public var employed: [LabourForceRecord]
    public var willingNotEmployed: [LabourForceRecord]

    /// The lists of a month from the history (people sorted by ID number).
    public init(history: LabourForceHistory, month: CalendarMonth) {
        self.month = month
        let records = history.records(in: month).values.sorted { $0.personID.value < $1.personID.value }
        employed = records.filter { $0.status.hasWork }
        willingNotEmployed = records.filter(\.isWillingNotEmployed)
    }
}
