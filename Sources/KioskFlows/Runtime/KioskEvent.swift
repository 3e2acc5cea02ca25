import TerminalUI

import KioskDomain

/// Something that happened at an edge of the kiosk, fed to `reduce`.
public enum KioskEvent: Sendable, Equatable {
    /// A key was pressed.
    case key(Key)
    /// The terminal has a new size.
    case resized(TerminalSize)
    /// The wall clock moved on (sent every second by the runtime).
    case clock(WallClockTime)
    /// Something happened at the card reader.
    case card(CardSignal)
    /// The store answered a `.loadVillager` effect.
    case villagerLoaded(VillagerFile)
    /// The villager's data could not be read, and why.
    case villagerLoadFailed(UserMessage)
    /// The store recorded a piece of business and issued its receipt.
    case recorded(Receipt)
    /// The store could not record it; nothing was written. The message says why.
    case recordFailed(UserMessage)
    /// The printer printed the receipt (nil), or failed and why.
    case printed(failure: UserMessage?)
    /// The card read at the coordinator login belongs to this coordinator; nil when it is no coordinator's.
    case coordinatorIdentified(CoordinatorIdentity?)
    /// The coordinator's PIN was checked.
    case coordinatorPINChecked(PINCheck)
    /// The operating system asked the program to end (SIGTERM, SIGHUP).
    case terminationRequested
    /// The store built the village's rosters.
    case villageRosterLoaded(VillageRoster)
    /// The store recorded a coordinator's business (home visit certification, death report) and issued its receipt.
    case coordinatorRecorded(Receipt)
    /// The store did not do the coordinator's work; nothing was written.
    case coordinatorWorkFailed(UserMessage)
    /// The village's deaths in the month asked for.
    case monthlyDeathsLoaded([DeathListLine])
    /// Who still needs a contribution reminder this month.
    case remindersDueLoaded([ReminderLine])
    /// The reminder was recorded.
    case reminderRecorded
    /// The villager the coordinator acts for without a card was found, with their stored authorisations in force today.
    case absentVillagerFound(VillagerFile, authorisations: [ProxyAuthorisation] = [])
    /// The authorisation to act for a villager was stored.
    case authorisationRecorded(ProxyAuthorisation)
    /// The card edge read a card's UID (nil with why when it could not).
    case cardUIDRead(uid: String?, failure: UserMessage?)
    /// The store registered an ID card to this villager (nil with why when it could not).
    case idCardRegistered(name: String?, failure: UserMessage?)
    /// The month's workers for the coordinator's confirmation, last month's records pre-filled.
    case labourForceMonthLoaded(month: CalendarMonth, dueDay: CivilDate, rows: [LabourForceRow])
    /// The confirmations were saved as new record versions.
    case labourForceConfirmed(count: Int)
    /// The long-term unemployed of the month.
    case longTermUnemployedLoaded(month: CalendarMonth, rows: [LongTermRow])
    /// The month's matching ran.
    case jobsMatched(MatchingSummary)
    /// The weekly job notice was recorded as published; `failure` says why it did not print.
    case weeklyNoticePublished(lines: [String], failure: UserMessage?)
    /// The job the coordinator typed in was saved under this id.
    case jobRegistered(id: String)
    /// The store refused the job (a duplicate, a rule, the database); nothing was saved.
    case jobRegistrationRefused(UserMessage)
    /// The class requests and the trainees' follow-ups.
    case trainingLoaded(TrainingOverview)
    /// The people who may have taken part in the class being ended.
    case classCandidatesLoaded(ClassEnding)
    /// The related jobs a trainee may be recommended.
    case traineeJobsLoaded(TraineeJobsPick)
    /// The year's annex task list, counted for the coordinator's screen.
    case taskListLoaded(TaskListSheet)
    /// The card checked the PIN its holder typed at the card-PIN stage.
    case cardPINChecked(CardPINResult)
    /// Elderly mode turned its page of choices (9 next, 8 previous) to this page.
    case elderlyPage(Int)
    /// How the upstream sync stands (entries waiting, last success, last error).
    case upstreamSyncLoaded(UpstreamSyncLine)
}
