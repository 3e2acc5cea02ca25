import Foundation
import Testing
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore
@testable import KioskServices

/// The villager desk hands the flows the person's employment file: their profile, training wishes and today's matches
/// (the month's rules for one seeker); a recorded registration or wish is in the file loaded next.
struct VillagerEmploymentDeskTests {
    static let clock: KioskClock = {
        let base = KioskClock.fixed(Date(timeIntervalSince1970: 0), timeZone: KioskStore.chinaTime)
        return KioskClock.fixed(base.instant(on: CivilDate(iso: "2026-12-10")!, hour: 10), timeZone: KioskStore.chinaTime)
    }()

    @Test("A demo job seeker's file carries their profile and the matches the month's rules give them today")
    func fileCarriesMatches() throws {
        let (desk, store) = try DeskClockTests.desk(Self.clock)
        let jobs = try store.jobs()
        let seekers = try store.jobSeekers()
        let seeker = try #require(seekers.first {
            $0.isComplete && !MonthlyMatching.outcome(for: $0, jobs: jobs, on: Self.clock.today).matches.isEmpty
        })
        let holder = CardHolder(idNumber: seeker.personID.value, name: seeker.name, cardKind: .socialSecurityCard)
        let file = try desk.file(for: holder, at: Self.clock.now())
        #expect(file.employment.profile == seeker)
        let expected = MonthlyMatching.outcome(for: seeker, jobs: jobs, on: Self.clock.today).matches
        #expect(file.employment.matches.map(\.match) == expected)
        #expect(file.employment.matches.allSatisfy { JobMatcher.passesHardFilters($0.job, seeker, on: Self.clock.today) })
        #expect(VillagerService.offered(for: file).contains(.employment) == WorkingAgeRule.isCovered(file.person, on: file.today,
                                                                                                        stillWorking: false))
    }

    @Test("A registration and a training wish recorded through the desk are in the next file loaded")
    func recordedThenReloaded() throws {
        let (desk, store) = try DeskClockTests.desk(Self.clock)
        let registered = Set(try store.jobSeekers().map(\.personID))
        let people = try store.people(villageCode: store.villageCode)
        let person = try #require(people.first {
            WorkingAgeRule.isCovered($0, on: Self.clock.today, stillWorking: false) && !registered.contains($0.id)
        })
        let holder = CardHolder(idNumber: person.id.value, name: person.name, cardKind: .socialSecurityCard)
        #expect(try desk.file(for: holder, at: Self.clock.now()).employment.profile == nil)
        let profile = JobSeekerProfile(personID: person.id, name: person.name, farthestPlace: .otherProvince,
                                       occupations: [OccupationCode(majorGroup: 6)!], registeredOn: Self.clock.today,
                                       status: .unemployedWantingWork)
        let inbox = EventInbox()
        desk.record(.jobSeekerRegistration(profile), actor: .selfService, posting: inbox)
        guard case .recorded(let receipt) = try DeskClockTests.answer(inbox) else { Issue.record("not recorded"); return }
        #expect(receipt.service == .jobSeekerRegistration)
        desk.record(.trainingWish(TrainingWish(personID: person.id, trade: "电工", registeredOn: Self.clock.today)), actor: .selfService,
                    posting: inbox)
        guard case .recorded = try DeskClockTests.answer(inbox) else { Issue.record("not recorded"); return }
        let file = try desk.file(for: holder, at: Self.clock.now())
        #expect(file.employment.profile?.status == .unemployedWantingWork)
        #expect(file.employment.profile?.farthestPlace == .otherProvince)
        #expect(file.employment.trainingTrades.contains("电工"))
    }
}
