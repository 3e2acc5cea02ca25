import Foundation
import Testing
import KioskDomain
@testable import KioskStore

/// Labour-force records in the store: versions kept, "on time" counted by the day in China time.
struct LabourForceStoreTests {
    typealias S = StoreFixtures

    func store(with people: [Person]) throws -> KioskStore {
        let store = try KioskStore.inMemory(villageCode: S.village)
        try store.database.write { db in for p in people { try PersonRecord(p).insert(db) } }
        return store
    }

    func record(_ p: Person, _ month: String, _ status: EmploymentStatus, at instant: Date, by who: String = "XG-1") -> LabourForceRecord {
        LabourForceRecord(personID: p.id, month: CalendarMonth(iso: month)!, status: status, recordedBy: who, recordedAt: instant)
    }

    @Test func aCorrectionAddsAVersionAndKeepsTheFirst() throws {
        let p = S.person(1)
        let store = try store(with: [p])
        try store.saveLabourForce(record(p, "2026-11", .unemployedWantingWork, at: S.instant("2026-12-02")))
        let second = try store.saveLabourForce(record(p, "2026-11", .employed, at: S.instant("2026-12-04"), by: "XG-2"))
        #expect(second.version == 2)
        let versions = try store.labourForceVersions(p.id)
        #expect(versions.map(\.version) == [1, 2] && versions.map(\.recordedBy) == ["XG-1", "XG-2"])
        #expect(try store.labourForceHistory().record(p.id, CalendarMonth(iso: "2026-11")!)?.status == .employed)
        #expect(try store.labourForceFirstEntered(CalendarMonth(iso: "2026-11")!)[p.id] == S.day("2026-12-02"))
    }

    @Test func theFifthEndsAtMidnightInChinaNotInUTC() throws {
        let onTime = S.person(2), late = S.person(3), missing = S.person(4)
        let store = try store(with: [onTime, late, missing])
        // 23:59 on 5 December in China is 15:59 UTC; 00:00 on 6 December is 16:00 UTC.
        try store.saveLabourForce(record(onTime, "2026-11", .employed, at: S.instant("2026-12-05", hour: 23)))
        try store.saveLabourForce(record(late, "2026-11", .employed, at: S.instant("2026-12-06", hour: 0)))
        let status = try store.labourForceDeadline(CalendarMonth(iso: "2026-11")!, on: S.day("2026-12-06"))
        #expect(status.enteredOnTime == 1 && status.enteredLate == 1 && status.missing == [missing.id] && status.isOverdue)
    }

    @Test func theLabourForceLeavesOutChildrenStudentsAndPensionersNotWorking() throws {
        var student = S.person(5, born: "2004-01-01")
        student.isFullTimeStudent = true
        let child = S.person(6, born: "2012-01-01"), worker = S.person(7), retired = S.person(8, born: "1960-01-01"),
            workingAt66 = S.person(9, born: "1960-02-01")
        let store = try store(with: [student, child, worker, retired, workingAt66])
        try store.saveLabourForce(record(workingAt66, "2026-10", .employed, at: S.instant("2026-11-02")))
        let covered = try store.labourForcePeople(on: S.day("2026-11-30"), history: try store.labourForceHistory())
        #expect(Set(covered.map(\.id)) == [worker.id, workingAt66.id])
    }
}
