import Foundation
import Testing
@testable import KioskDomain

/// Monthly records: versions never overwritten, the one-key "unchanged", the two lists and who is of working age.
struct LabourForceRecordTests {
    typealias E = EmploymentFixtures
    typealias F = DomainFixtures

    @Test func aCorrectionIsANewVersionAndTheHighestVersionIsInForce() {
        let person = E.id(1)
        let first = E.record(person, "2026-10", .unemployedWantingWork, wantsJob: true)
        let fixed = first.corrected(by: "XG-2", at: E.instant("2026-11-04")) { $0.status = .employed; $0.place = .ownCounty }
        #expect(fixed.version == 2 && fixed.month == first.month && fixed.recordedBy == "XG-2")
        let history = LabourForceHistory([fixed, first])
        #expect(history.record(person, E.month("2026-10"))?.status == .employed)
        #expect(history.nextVersion(person, E.month("2026-10")) == 3)
        #expect(history.nextVersion(person, E.month("2026-11")) == 1)
    }

    @Test func confirmingUnchangedCarriesLastMonthsFactsIntoTheNewMonth() {
        let last = E.record(E.id(2), "2026-10", .employed, trade: "电工")
        let confirmed = last.confirmedUnchanged(for: E.month("2026-11"), by: "XG-1", at: E.instant("2026-12-02"))
        #expect(confirmed.sameFacts(as: last) && confirmed.month == E.month("2026-11") && confirmed.version == 1)
        #expect(confirmed.recordedAt == E.instant("2026-12-02"))
    }

    @Test func theTwoListsSplitEmployedFromWillingButNotEmployed() {
        let history = LabourForceHistory([
            E.record(E.id(1), "2026-11", .employed),
            E.record(E.id(2), "2026-11", .selfEmployedOrFarming),
            E.record(E.id(3), "2026-11", .unemployedWantingWork),
            E.record(E.id(4), "2026-11", .notInLabourForce(.caringForFamily), wantsJob: true),
            E.record(E.id(5), "2026-11", .notInLabourForce(.studying)),
        ])
        let lists = LabourForceLists(history: history, month: E.month("2026-11"))
        #expect(lists.employed.map(\.personID) == [E.id(1), E.id(2)])
        #expect(lists.willingNotEmployed.map(\.personID) == [E.id(3), E.id(4)])
    }

    @Test func workingAgeStartsAt16AndEndsAt60UnlessStillWorking() {
        let day = F.day("2026-11-30")
        #expect(!WorkingAgeRule.isCovered(F.person(born: "2010-12-01"), on: day, stillWorking: false))
        #expect(WorkingAgeRule.isCovered(F.person(born: "2010-11-30"), on: day, stillWorking: false))
        #expect(!WorkingAgeRule.isCovered(F.person(born: "1966-11-30"), on: day, stillWorking: false))
        #expect(WorkingAgeRule.isCovered(F.person(born: "1966-11-30"), on: day, stillWorking: true))
        var student = F.person(born: "2005-01-01")
        student.isFullTimeStudent = true
        #expect(!WorkingAgeRule.isCovered(student, on: day, stillWorking: false))
    }

    @Test func codesRoundTripThroughTheirFileForm() {
        for status in [EmploymentStatus.employed, .selfEmployedOrFarming, .unemployedWantingWork]
            + NotInLabourForceReason.allCases.map(EmploymentStatus.notInLabourForce) {
            #expect(EmploymentStatus(code: status.code) == status)
        }
        for place in PlaceOfWork.allCases { #expect(PlaceOfWork(code: place.code) == place) }
        #expect(IndustrySection.allCases.count == 20 && IndustrySection.allCases.last == .T)
        #expect(OccupationCode(code: "6-29")?.majorGroup == 6 && OccupationCode(code: "9") == nil && OccupationCode(code: "x") == nil)
        #expect(EmploymentStatus(code: "notInLabourForce:asleep") == nil)
    }
}
