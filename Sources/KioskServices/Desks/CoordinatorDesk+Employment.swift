import Foundation
import KioskDomain
import KioskFlows
import KioskStore

/// The store's side of the coordinator's employment work: the monthly confirmation, the long-term unemployed,
/// matching, and the weekly notice.
extension CoordinatorDesk {
    /// Posts this month's workers (`LabourForceDeadline.monthToConfirm`) with last month's records pre-filled.
    public func loadLabourForceMonth(posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                let month = LabourForceDeadline.monthToConfirm(on: clock.today)
                let history = try store.labourForceHistory(through: month)
                let people = try store.labourForcePeople(on: min(clock.today, month.lastDay), history: history)
                let rows = people.sorted { ($0.address, $0.name) < ($1.address, $1.name) }.map { person in
                    LabourForceRow(personID: person.id, name: person.name,
                                   last: history.latest(person.id, onOrBefore: month.previous),
                                   current: history.record(person.id, month))
                }
                inbox.post(.labourForceMonthLoaded(month: month, dueDay: LabourForceDeadline.dueDay(for: month), rows: rows))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("villager.error.storeUnavailable")))
            }
        }
    }

    /// Saves the confirmations as new versions: "unchanged" carries last month's facts, a new status keeps the rest
    /// of last month's record where it still applies (place, industry and occupation only with work).
    public func confirmLabourForce(_ month: CalendarMonth, changes: [IDNumber: LabourForceChange], actor: Actor,
                                   posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                let now = clock.now()
                let history = try store.labourForceHistory(through: month)
                let who = actor.id ?? actor.auditText
                let records = changes.sorted { $0.key.value < $1.key.value }.map { person, change in
                    Self.record(person, month, change, last: history.latest(person, onOrBefore: month.previous), by: who, at: now)
                }
                try store.saveLabourForce(records)
                inbox.post(.labourForceConfirmed(count: records.count))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("store.error.writeFailed", nested: ["reason": .databaseFailure])))
            }
        }
    }

    /// The record one confirmation makes.
    static func record(_ person: IDNumber, _ month: CalendarMonth, _ change: LabourForceChange, last: LabourForceRecord?,
                       by who: String, at now: Date) -> LabourForceRecord {
        switch change {
        case .unchanged:
            if let last { return last.confirmedUnchanged(for: month, by: who, at: now) }
            return LabourForceRecord(personID: person, month: month, status: .notInLabourForce(.other), recordedBy: who, recordedAt: now)
        case .status(let status):
            var record = last?.confirmedUnchanged(for: month, by: who, at: now)
                ?? LabourForceRecord(personID: person, month: month, status: status, recordedBy: who, recordedAt: now)
            record.status = status
            if !status.hasWork {
                record.place = nil
                record.industry = nil
                record.occupation = nil
                record.income = .none
            }
            record.wantsJob = status == .unemployedWantingWork ? true : (status.hasWork ? record.wantsJob : false)
            return record
        }
    }

    /// Posts the long-term unemployed of the latest month whose records were due (`lastClosedMonth`).
    public func loadLongTermUnemployed(posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                let history = try store.labourForceHistory()
                let month = LabourForceDeadline.lastClosedMonth(on: clock.today)
                let names = Dictionary(try store.people(villageCode: store.villageCode).map { ($0.id, $0.name) },
                                       uniquingKeysWith: { a, _ in a })
                let rows = try LongTermUnemployedRule.list(in: month, history: history).map { entry in
                    let service = try store.longTermService(entry.person)
                    return LongTermRow(personID: entry.person, name: names[entry.person] ?? "", months: entry.months,
                                       recommendations: service.recommendedOn.count, guidanceGiven: !service.guidanceOn.isEmpty)
                }
                inbox.post(.longTermUnemployedLoaded(month: month, rows: rows))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("villager.error.storeUnavailable")))
            }
        }
    }

    /// Runs this month's matching and posts its summary.
    public func runMonthlyMatching(actor: Actor, strings: StringCatalog, posting inbox: EventInbox) {
        work.async { [store, clock, shippedPolicies, log] in
            do {
                let month = CalendarMonth(clock.today)
                let before = try store.smsOutbox.count(keyPrefix: "match:\(month.iso):")
                let matching = try EmploymentDesk(store: store, clock: clock, strings: strings, policies: store.policyBook(shipped: shippedPolicies)).runMonthlyMatching(month, actor: actor)
                let after = try store.smsOutbox.count(keyPrefix: "match:\(month.iso):")
                inbox.post(.jobsMatched(MatchingSummary(month: month, seekers: matching.results.count, matched: matching.seekersMatched,
                                                        short: matching.seekersShort, incomplete: matching.profilesIncomplete,
                                                        messages: after - before)))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("store.error.writeFailed", nested: ["reason": .databaseFailure])))
            }
        }
    }

    /// Records this week's publication of the open jobs, prints the notice, and posts its lines.
    public func publishWeeklyNotice(actor: Actor, printer: ReceiptPrinting?, strings: StringCatalog, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                let day = clock.today
                let jobs = WeeklyJobNotice.jobs(try store.jobs(), on: day)
                let lines = WeeklyJobNotice.lines(jobs, on: day, strings: strings)
                try store.recordPublication(on: day, postings: jobs.count, channel: "noticeBoard", actor: actor, at: clock.now())
                guard let printer else {
                    inbox.post(.weeklyNoticePublished(lines: lines, failure: UserMessage("print.error.notFound")))
                    return
                }
                printer.print(lines: lines) { failure in
                    inbox.post(.weeklyNoticePublished(lines: lines, failure: failure))
                }
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("store.error.writeFailed", nested: ["reason": .databaseFailure])))
            }
        }
    }

    /// Posts this year's annex task list as it stands today (`EmploymentDesk.taskList`, the report's computation).
    public func loadTaskList(strings: StringCatalog, posting inbox: EventInbox) {
        work.async { [store, clock, shippedPolicies, log] in
            do {
                let year = clock.today.year
                let items = try EmploymentDesk(store: store, clock: clock, strings: strings, policies: store.policyBook(shipped: shippedPolicies)).taskList(year: year)
                inbox.post(.taskListLoaded(TaskListSheet(year: year, day: clock.today, items: items)))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("villager.error.storeUnavailable")))
            }
        }
    }

    /// Saves a job the coordinator typed in under the store's next id for today, posted today, and posts its id, or why
    /// it was refused (nothing saved).
    public func registerJob(_ job: JobPosting, actor: Actor, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            var job = job
            do {
                job.postedOn = clock.today
                job.id = try store.nextJobID(on: clock.today)
                try store.registerJob(job, actor: actor, at: clock.now())
                inbox.post(.jobRegistered(id: job.id))
            } catch let error as JobPostingStoreError {
                if case .store(let underlying) = error { log?.write("coordinator desk: \(underlying)") }
                inbox.post(.jobRegistrationRefused(error.userMessage))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.jobRegistrationRefused(UserMessage("store.error.writeFailed", nested: ["reason": .databaseFailure])))
            }
        }
    }
}
