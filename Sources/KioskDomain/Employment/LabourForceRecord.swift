import Foundation

/// One version of a rural worker's labour-force record for one month (广西农村劳动力资源就业培训（更新）登记表, modelled).
///
/// Source: seed item 1 (每月采集、核实 ... 实际就业状态、就业需求、培训需求); the fields follow the issue (status, place on
/// the NBS scale, GB/T 4754-2017 industry, 2022 occupation group, wants a job, training trade, income band). A month is
/// never overwritten: a correction is a new version with who made it and when (issue, item 1).
public struct LabourForceRecord: Hashable, Sendable, Codable {
    public var personID: IDNumber
    /// The month the record describes (the month verified, entered by the 5th of the next).
    public var month: CalendarMonth
    /// 1 for the first entry of the month, then 2, 3, ... for corrections.
    public var version: Int
    public var status: EmploymentStatus
    /// Where the person works (only with work).
    public var place: PlaceOfWork?
    public var industry: IndustrySection?
    public var occupation: OccupationCode?
    /// Whether the person wants a (new) job.
    public var wantsJob: Bool
    /// The trade the person wants training in, if any (e.g. 电工, 家政).
    public var trainingTrade: String?
    public var income: IncomeBand
    /// Who entered this version: a coordinator's id, or `self` for the villager at the kiosk.
    public var recordedBy: String
    /// When this version was entered.
    public var recordedAt: Date

    /// A record version.
    public init(personID: IDNumber, month: CalendarMonth, version: Int = 1, status: EmploymentStatus,
                place: PlaceOfWork? = nil, industry: IndustrySection? = nil, occupation: OccupationCode? = nil,
                wantsJob: Bool = false, trainingTrade: String? = nil, income: IncomeBand = .none,
                recordedBy: String, recordedAt: Date) {
        self.personID = personID
        self.month = month
        self.version = version
        self.status = status
        self.place = place
        self.industry = industry
        self.occupation = occupation
        self.wantsJob = wantsJob
        self.trainingTrade = trainingTrade.flatMap { $0.isEmpty ? nil : $0 }
        self.income = income
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// Wanting work and without it: the second list of the plan (有就业意愿暂未就业人员清单).
    public var isWillingNotEmployed: Bool {
        !status.hasWork && (status == .unemployedWantingWork || wantsJob)
    }

    /// Whether this record's facts equal another's (ignoring month, version, who and when).
    public func sameFacts(as other: LabourForceRecord) -> Bool {
        status == other.status && place == other.place && industry == other.industry && occupation == other.occupation
            && wantsJob == other.wantsJob && trainingTrade == other.trainingTrade && income == other.income
    }

    /// Last month's record carried into `month` unchanged: the coordinator's one-key confirmation.
    public func confirmedUnchanged(for month: CalendarMonth, by who: String, at instant: Date) -> LabourForceRecord {
        var copy = self
        copy.month = month
        copy.version = 1
        copy.recordedBy = who
        copy.recordedAt = instant
        return copy
    }

    /// A correction of this version: the same month, the next version number, who and when.
    public func corrected(by who: String, at instant: Date, _ change: (inout LabourForceRecord) -> Void) -> LabourForceRecord {
        var copy = self
        change(&copy)
        copy.month = month
        copy.personID = personID
        copy.version = version + 1
        copy.recordedBy = who
        copy.recordedAt = instant
        return copy
    }
}
