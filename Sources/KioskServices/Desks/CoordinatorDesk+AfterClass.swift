import Foundation
import KioskDomain
import KioskFlows
import KioskStore

/// The store's side of the work after a training class (seed item 7): the class ended with who took part, jobs related
/// to its trade recommended to a trainee, and the follow-up visit; each recorded as a business event, then the training
/// screen is read again with what was done.
extension CoordinatorDesk {
    /// Posts the living villagers wishing the class's trade, to mark who took part.
    public func loadClassCandidates(_ classID: Int64, posting inbox: EventInbox) {
        work.async { [store, log] in
            do {
                guard let training = try store.trainingClasses().first(where: { $0.id == classID }) else {
                    inbox.post(.coordinatorWorkFailed(TrainingStoreError.unknownClass(classID).userMessage))
                    return
                }
                let wishers = Set(try store.trainingWishes().filter { $0.trade == training.trade }.map(\.personID))
                let people = try store.people(villageCode: store.villageCode)
                    .filter { wishers.contains($0.id) && $0.diedOn == nil }
                    .sorted { ($0.address, $0.name) < ($1.address, $1.name) }
                inbox.post(.classCandidatesLoaded(ClassEnding(classID: classID, trade: training.trade,
                                                              candidates: people.map { .init(personID: $0.id, name: $0.name) })))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("villager.error.storeUnavailable")))
            }
        }
    }

    /// Ends a class today with its participants, then posts the training screen with the count.
    public func endTrainingClass(_ classID: Int64, participants: [IDNumber], actor: Actor, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                let receipts = try store.endClass(classID, participants: participants, actor: actor, at: clock.now())
                let trade = try store.trainingClasses().first { $0.id == classID }?.trade ?? ""
                let notice = UserMessage("employment.afterClass.ended", ["trade": trade, "count": "\(receipts.count)"])
                inbox.post(.trainingLoaded(try Self.trainingOverview(store, on: clock.today, announcedTo: nil, notice: notice)))
            } catch {
                Self.postFailure(error, log: log, inbox)
            }
        }
    }

    /// Posts the open jobs related to the class's trade for a trainee, from the matching, without those already
    /// recommended (`TraineeJobs`).
    public func loadTraineeJobs(classID: Int64, person: IDNumber, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                let day = clock.today
                guard let line = try Self.trainingOverview(store, on: day, announcedTo: nil).followUps
                    .first(where: { $0.classID == classID && $0.personID == person }) else {
                    inbox.post(.coordinatorWorkFailed(TrainingStoreError.notParticipant.userMessage))
                    return
                }
                let seeker = try store.jobSeekers().first { $0.personID == person }
                let profile = TraineeJobs.profile(person, name: line.name, trade: line.trade, seeker: seeker, on: day)
                let jobs = try store.jobs()
                let byID = Dictionary(uniqueKeysWithValues: jobs.map { ($0.id, $0) })
                let done = Set(try store.recommendedJobIDs(person, purpose: .training))
                let matches = TraineeJobs.candidates(profile, jobs: jobs, on: day, alreadyRecommended: done)
                let offered = matches.compactMap { match in
                    byID[match.jobID].map {
                        TraineeJobsPick.Job(id: $0.id, title: $0.title, employer: $0.employer, reasons: match.reasons.map(\.userMessage))
                    }
                }
                inbox.post(.traineeJobsLoaded(TraineeJobsPick(line: line, jobs: offered)))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("villager.error.storeUnavailable")))
            }
        }
    }

    /// Records the jobs recommended, then posts the training screen with the count.
    public func recommendJobs(_ recommendation: JobRecommendation, actor: Actor, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                try store.recordRecommendation(recommendation, actor: actor, at: clock.now())
                let name = try store.person(recommendation.personID)?.name ?? ""
                let notice = UserMessage("employment.afterClass.recommended", ["name": name, "count": "\(recommendation.jobIDs.count)"])
                inbox.post(.trainingLoaded(try Self.trainingOverview(store, on: clock.today, announcedTo: nil, notice: notice)))
            } catch {
                Self.postFailure(error, log: log, inbox)
            }
        }
    }

    /// Records the follow-up visit and what it found, then posts the training screen with it.
    public func recordFollowUpVisit(_ visit: TrainingFollowUpVisit, actor: Actor, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                try store.recordFollowUpVisit(visit, actor: actor, at: clock.now())
                let name = try store.person(visit.personID)?.name ?? ""
                let notice = UserMessage("employment.afterClass.visited", ["name": name],
                                         nested: ["finding": UserMessage(visit.finding.messageKey)])
                inbox.post(.trainingLoaded(try Self.trainingOverview(store, on: clock.today, announcedTo: nil, notice: notice)))
            } catch {
                Self.postFailure(error, log: log, inbox)
            }
        }
    }

    /// A refusal's own message, or the generic write failure (the database's words to the log only).
    static func postFailure(_ error: any Error, log: KioskLog?, _ inbox: EventInbox) {
        if let refusal = error as? TrainingStoreError {
            if case .store(let underlying) = refusal { log?.write("coordinator desk: \(underlying)") }
            inbox.post(.coordinatorWorkFailed(refusal.userMessage))
        } else {
            log?.write("coordinator desk: \(error)")
            inbox.post(.coordinatorWorkFailed(UserMessage("store.error.writeFailed", nested: ["reason": .databaseFailure])))
        }
    }
}
