import Foundation
import Testing
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore
@testable import KioskServices

/// The coordinator desk's training work on the demo village: the electricians' class request raised from 12 wishes,
/// announced once through the SMS outbox, and guidance recorded for a long-term unemployed person.
struct TrainingDeskTests {
    typealias E = EmploymentDeskTests

    @Test("Opening the training screen raises the class request of a trade with 10 or more wishes; announcing it queues one SMS per wisher with a phone, once")
    func classRequestAnnouncedOnce() throws {
        let (desk, store, _) = try E.desk(on: "2026-11-30")
        let inbox = EventInbox()
        desk.loadTraining(actor: E.actor, posting: inbox)
        guard case .trainingLoaded(let overview) = try DeskClockTests.answer(inbox) else { Issue.record("no overview"); return }
        let electricians = try #require(overview.classes.first { $0.trade == "电工" && $0.announcedOn == nil })
        #expect(electricians.people >= TrainingClassRule.minimumWishes)
        let wishers = Set(try store.trainingWishes().filter { $0.trade == "电工" }.map(\.personID))
        let withPhone = try store.people(villageCode: store.villageCode).filter { wishers.contains($0.id) && $0.phone != nil }.count
        #expect(withPhone > 0)
        desk.announceTrainingClass(electricians.id, actor: E.actor, strings: E.strings, posting: inbox)
        guard case .trainingLoaded(let after) = try DeskClockTests.answer(inbox) else { Issue.record("no overview"); return }
        #expect(after.announcedTo == withPhone)
        #expect(after.classes.first { $0.id == electricians.id }?.announcedOn == CivilDate(iso: "2026-11-30"))
        #expect(try store.smsOutbox.count(keyPrefix: "class:\(electricians.id):") == withPhone)
        #expect(try store.smsOutbox.all().first { $0.idempotencyKey.hasPrefix("class:") }?.body.contains("电工培训") == true)
        // Opening the screen again raises nothing new; announcing again queues nothing twice.
        desk.loadTraining(actor: E.actor, posting: inbox)
        guard case .trainingLoaded(let again) = try DeskClockTests.answer(inbox) else { Issue.record("no overview"); return }
        #expect(again.classes.count == after.classes.count)
        desk.announceTrainingClass(electricians.id, actor: E.actor, strings: E.strings, posting: inbox)
        _ = try DeskClockTests.answer(inbox)
        #expect(try store.smsOutbox.count(keyPrefix: "class:\(electricians.id):") == withPhone)
    }

    @Test("Guidance recorded from the long-term list is in the service given, dated today, and the list comes back")
    func guidanceRecorded() throws {
        let (desk, store, clock) = try E.desk(on: "2026-11-30")
        let inbox = EventInbox()
        desk.loadLongTermUnemployed(posting: inbox)
        guard case .longTermUnemployedLoaded(_, let rows) = try DeskClockTests.answer(inbox) else { Issue.record("no list"); return }
        let person = try #require(rows.first)
        let before = try store.longTermService(person.personID).guidanceOn.count
        desk.recordGuidance(person.personID, actor: E.actor, posting: inbox)
        guard case .longTermUnemployedLoaded(_, let again) = try DeskClockTests.answer(inbox) else { Issue.record("no list"); return }
        #expect(again.first { $0.personID == person.personID }?.guidanceGiven == true)
        let guidance = try store.longTermService(person.personID).guidanceOn
        #expect(guidance.count == before + 1 && guidance.contains(clock.today))
    }
}
