import Foundation
@testable import KioskDomain

/// Builders for the employment tests: records, seekers and jobs on days the tests choose.
enum EmploymentFixtures {
    static let china = TimeZone(identifier: "Asia/Shanghai")!

    static func month(_ text: String) -> CalendarMonth { CalendarMonth(iso: text)! }

    /// 10:00 China time on a day.
    static func instant(_ day: String) -> Date {
        KioskClock.fixed(Date(timeIntervalSince1970: 0), timeZone: china).instant(on: DomainFixtures.day(day), hour: 10)
    }

    static func id(_ sequence: Int, born: String = "1990-05-05") -> IDNumber {
        DomainFixtures.idNumber(born: DomainFixtures.day(born), sequence: sequence)
    }

    static func record(_ person: IDNumber, _ month: String, _ status: EmploymentStatus, wantsJob: Bool = false,
                       version: Int = 1, trade: String? = nil, enteredOn: String = "2026-01-03") -> LabourForceRecord {
        LabourForceRecord(personID: person, month: Self.month(month), version: version, status: status,
                          wantsJob: wantsJob, trainingTrade: trade, recordedBy: "XG-1", recordedAt: instant(enteredOn))
    }

    static func seeker(_ person: IDNumber, farthest: PlaceOfWork? = .ownCounty, occupations: [String] = ["6-29"],
                       industries: [IndustrySection] = [], trade: String? = nil, wage: Int? = 3000) -> JobSeekerProfile {
        JobSeekerProfile(personID: person, name: "求职者", farthestPlace: farthest,
                         occupations: occupations.compactMap(OccupationCode.init(code:)), industries: industries,
                         trade: trade, expectedWage: wage, registeredOn: DomainFixtures.day("2026-10-01"))
    }

    static func job(_ id: String, occupation: String = "6-29", industry: IndustrySection = .C, place: PlaceOfWork = .ownCounty,
                    wage: ClosedRange<Int> = 3500...4500, headcount: Int = 2, filled: Int = 0, age: ClosedRange<Int>? = nil,
                    title: String = "装配工", sex: Sex? = nil, posted: String = "2026-11-01", until: String = "2026-12-31") -> JobPosting {
        JobPosting(id: id, employer: "马山县某制衣厂", title: title, occupation: OccupationCode(code: occupation)!,
                   industry: industry, place: place, wageMin: wage.lowerBound, wageMax: wage.upperBound, headcount: headcount,
                   filled: filled, ageMin: age?.lowerBound, ageMax: age?.upperBound, sexRequired: sex,
                   sexGround: sex == nil ? nil : "井下作业", contact: "0771-6800000", source: .localEmployer,
                   postedOn: DomainFixtures.day(posted), validUntil: DomainFixtures.day(until))
    }
}
