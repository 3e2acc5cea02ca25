import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore

/// The store's side of the coordinator's work screens: rosters, home visits, death reports, reminders and
/// authorisations, off the UI thread, answering through the inbox. Everything reads the local file, so it
/// works with the upstream link down.
extension CoordinatorDesk {
    /// Posts the village's rosters for today.
    public func loadRoster(posting inbox: EventInbox) {
        work.async { [store, clock, shippedPolicies, log] in
            do {
                inbox.post(.villageRosterLoaded(try VillageRosters.roster(store, on: clock.today,
                                                                          policies: store.policyBook(shipped: shippedPolicies))))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("villager.error.storeUnavailable")))
            }
        }
    }

    /// Records a certification made today at a home visit and posts its receipt.
    public func recordHomeVisit(_ personID: IDNumber, witness: String, actor: Actor, posting inbox: EventInbox) {
        work.async { [store, clock, shippedPolicies, log] in
            do {
                let now = clock.now()
                let today = CivilDate(now, in: clock.timeZone)
                let person = try store.person(personID)
                let policies = store.policyBook(shipped: shippedPolicies)
                let policy = try policies.table(region: person?.registeredRegion ?? CountyCode(village: store.villageCode).value,
                                                on: today)
                let visit = HomeVisit(personID: personID, visitedOn: today, coordinatorID: actor.id ?? "", witness: witness)
                inbox.post(.coordinatorRecorded(try store.recordHomeVisitCertification(visit, policy: policy, policies: policies, actor: actor,
                                                                                       at: now)))
            } catch let error as CoordinatorStoreError {
                inbox.post(.coordinatorWorkFailed(error.userMessage))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(StoreError.writeFailureMessage(for: error)))
            }
        }
    }

    /// Records a death report, waiting for the county, and posts its receipt.
    public func reportDeath(_ personID: IDNumber, diedOn: CivilDate, source: DeathSource, evidence: ActEvidence, actor: Actor,
                            posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                inbox.post(.coordinatorRecorded(try store.reportDeath(of: personID, diedOn: diedOn, source: source,
                                                                      evidence: evidence, actor: actor, at: clock.now())))
            } catch let error as CoordinatorStoreError {
                inbox.post(.coordinatorWorkFailed(error.userMessage))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(StoreError.writeFailureMessage(for: error)))
            }
        }
    }

    /// Posts the village's deaths in `month`.
    public func loadDeaths(in month: CalendarMonth, posting inbox: EventInbox) {
        work.async { [store, log] in
            do {
                inbox.post(.monthlyDeathsLoaded(try Self.deathLines(store, month)))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("villager.error.storeUnavailable")))
            }
        }
    }

    /// The month's deaths as the screens and the printed sheet show them.
    public static func deathLines(_ store: KioskStore, _ month: CalendarMonth) throws -> [DeathListLine] {
        try store.deaths(villageCode: store.villageCode, in: month).map {
            DeathListLine(name: $0.person.name, maskedID: $0.person.id.masked, diedOn: $0.diedOn, source: $0.source,
                          reportedOn: $0.reportedOn, recordedBy: $0.recordedBy, cancellationPending: $0.cancellationPending,
                          countyStatus: $0.countyStatus, countyReason: $0.countyReason)
        }
    }

    /// Prints the month's death report on `printer` and posts how it went.
    public func printDeaths(in month: CalendarMonth, villageName: String, coordinatorName: String, printer: ReceiptPrinting?,
                     strings: StringCatalog, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            guard let printer else {
                inbox.post(.printed(failure: UserMessage("print.error.notFound")))
                return
            }
            do {
                let lines = DeathReportSheet.lines(
                    try Self.deathLines(store, month), month: month, villageName: villageName,
                    printedAt: WallClockTime(date: clock.now(), timeZone: clock.timeZone), coordinatorName: coordinatorName,
                    strings: strings, language: .chinese)
                printer.print(lines: lines) { failure in
                    inbox.post(.printed(failure: failure))
                }
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.printed(failure: UserMessage("villager.error.storeUnavailable")))
            }
        }
    }

    /// Posts who still needs a contribution reminder this month.
    public func loadRemindersDue(posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                let due = try store.remindersDue(on: clock.today)
                inbox.post(.remindersDueLoaded(due.map {
                    ReminderLine(personID: $0.nonPayer.idNumber, name: $0.nonPayer.name, year: $0.nonPayer.year,
                                 amountDue: $0.nonPayer.amountDue, phone: $0.nonPayer.phone?.value,
                                 lastRemindedOn: $0.lastRemindedOn)
                }))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("villager.error.storeUnavailable")))
            }
        }
    }

    /// Records a reminder given today, or posts the once-a-month rule's refusal.
    public func recordReminder(_ personID: IDNumber, channel: ReminderChannel, actor: Actor, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            let now = clock.now()
            let reminder = ContributionReminder(personID: personID, remindedOn: CivilDate(now, in: clock.timeZone),
                                                channel: channel, coordinatorID: actor.id ?? "")
            do throws(CoordinatorStoreError) {
                try store.recordReminder(reminder, actor: actor, at: now)
                inbox.post(.reminderRecorded)
            } catch {
                log?.write("coordinator desk: \(error)")
                if case .reminderRefused(let code) = error {
                    inbox.post(.coordinatorWorkFailed(UserMessage(code.messageKey, code.parameters)))
                } else {
                    inbox.post(.coordinatorWorkFailed(error.userMessage))
                }
            }
        }
    }

    /// Finds a registered villager by ID number and posts their file with their stored authorisations in force today;
    /// a person the kiosk does not know is refused.
    public func findVillager(_ id: IDNumber, files: VillagerDesk, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                guard let person = try store.person(id) else {
                    inbox.post(.coordinatorWorkFailed(UserMessage("coordinator.absent.id.unknown")))
                    return
                }
                let holder = CardHolder(idNumber: id.value, name: person.name, cardKind: .residentIDCard)
                let file = try files.file(for: holder, at: clock.now())
                let today = clock.today
                let stored = try store.authorisations(for: id).filter {
                    $0.isInForce(on: today, forAnyOf: ProxyService.allCases)
                }
                inbox.post(.absentVillagerFound(file, authorisations: stored))
            } catch let error as VillagerDeskError {
                inbox.post(.coordinatorWorkFailed(UserMessage(error.messageKey)))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(UserMessage("villager.error.storeUnavailable")))
            }
        }
    }

    /// Stores an authorisation recorded by the coordinator with this staff ID and posts it.
    public func recordAuthorisation(_ authorisation: ProxyAuthorisation, coordinatorID: String, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do {
                guard let coordinator = try store.coordinatorAccounts().map(\.coordinator).first(where: { $0.id == coordinatorID })
                else {
                    inbox.post(.coordinatorWorkFailed(UserMessage("coordinator.error.unknown")))
                    return
                }
                inbox.post(.authorisationRecorded(try store.recordAuthorisation(authorisation, by: coordinator, at: clock.now())))
            } catch let error as CoordinatorStoreError {
                inbox.post(.coordinatorWorkFailed(error.userMessage))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.coordinatorWorkFailed(StoreError.writeFailureMessage(for: error)))
            }
        }
    }
}
