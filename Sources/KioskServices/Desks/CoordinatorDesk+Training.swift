import Foundation
import KioskDomain
import KioskFlows
import KioskStore

/// The store's side of the coordinator's training and long-term unemployed work: guidance recorded, class requests
/// raised and announced through the SMS outbox, trainees' follow-ups listed with what is due.
extension CoordinatorDesk {
    /// Records guidance given today, then posts the long-term unemployed list again with it.
    public func recordGuidance(_ person: IDNumber, actor: Actor, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                try store.recordGuidance(person, on: clock.today, actor: actor, at: clock.now())
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("store.error.writeFailed", nested: ["reason": .databaseFailure])))
                return
            }
            self.loadLongTermUnemployed(posting: inbox)
        }
    }

    /// Raises the class requests now due (`TrainingClassRule`) and posts the requests with the follow-ups.
    public func loadTraining(actor: Actor, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                try store.raiseClassRequests(on: clock.today, actor: actor, at: clock.now())
                inbox.post(.trainingLoaded(try Self.trainingOverview(store, on: clock.today, announcedTo: nil)))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("villager.error.storeUnavailable")))
            }
        }
    }

    /// Records a class request's announcement today and queues one SMS to each person wishing its trade with a phone
    /// (keyed `class:<id>:<ID number>`, so announcing again queues nothing twice), then posts the overview.
    public func announceTrainingClass(_ id: Int64, actor: Actor, strings: StringCatalog, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                guard let request = try store.trainingClasses().first(where: { $0.id == id }) else {
                    inbox.post(.coordinatorWorkFailed(UserMessage("villager.error.storeUnavailable")))
                    return
                }
                let wishers = Set(try store.trainingWishes().filter { $0.trade == request.trade }.map(\.personID))
                let people = try store.people(villageCode: store.villageCode).filter { wishers.contains($0.id) && $0.diedOn == nil }
                let body = strings.text(UserMessage("employment.training.sms", ["trade": request.trade, "people": String(request.people)]),
                                        .chinese)
                let drafts = people.compactMap { person in
                    person.phone.map { SMSDraft(idempotencyKey: "class:\(id):\(person.id.value)", phone: $0, body: body,
                                                purpose: "training", personID: person.id) }
                }
                try store.announceClass(id, on: clock.today, messages: drafts, at: clock.now())
                inbox.post(.trainingLoaded(try Self.trainingOverview(store, on: clock.today, announcedTo: drafts.count)))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("store.error.writeFailed", nested: ["reason": .databaseFailure])))
            }
        }
    }

    /// The class requests and the follow-ups on a day, open follow-ups first (overdue, then due).
    static func trainingOverview(_ store: KioskStore, on day: CivilDate, announcedTo: Int?,
                                 notice: UserMessage? = nil) throws -> TrainingOverview {
        let names = Dictionary(try store.people(villageCode: store.villageCode).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let classes = try store.trainingClasses().map {
            TrainingOverview.ClassLine(id: $0.id, trade: $0.trade, people: $0.people, requestedOn: $0.requestedOn,
                                       announcedOn: $0.announcedOn, endedOn: $0.endedOn)
        }
        func rank(_ status: TrainingFollowUp.Status) -> Int {
            switch status {
            case .visitOverdue: 0
            case .visitDue: 1
            case .recommendationsOwed: 2
            case .doneLate: 3
            case .done: 4
            }
        }
        let followUps = try store.trainingFollowUps().map {
            TrainingOverview.FollowUpLine(classID: $0.classID ?? 0, personID: $0.personID, name: names[$0.personID] ?? "",
                                          maskedID: $0.personID.masked, trade: $0.trade, status: $0.status(on: day))
        }.enumerated().sorted { (rank($0.element.status), $0.offset) < (rank($1.element.status), $1.offset) }.map(\.element)
        return TrainingOverview(classes: classes, followUps: followUps, announcedTo: announcedTo, notice: notice)
    }
}
