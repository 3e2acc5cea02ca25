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
    /// The villager's data could not be read (message key).
    case villagerLoadFailed(messageKey: String)
    /// The store recorded a piece of business and issued its receipt.
    case recorded(Receipt)
    /// The store could not record it; nothing was written (message key).
    case recordFailed(messageKey: String)
    /// The printer printed the receipt, or failed (message key).
    case printed(failureKey: String?)
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
    case coordinatorWorkFailed(WorkNotice)
    /// The village's deaths in the month asked for.
    case monthlyDeathsLoaded([DeathListLine])
    /// Who still needs a contribution reminder this month.
    case remindersDueLoaded([ReminderLine])
    /// The reminder was recorded.
    case reminderRecorded
    /// The villager the coordinator acts for without a card was found.
    case absentVillagerFound(VillagerFile)
    /// The authorisation to act for a villager was stored.
    case authorisationRecorded(ProxyAuthorisation)
    /// The card edge read a card's UID (nil with a message key when it could not).
    case cardUIDRead(uid: String?, failureKey: String?)
    /// The store registered an ID card to this villager (nil with a message key when it could not).
    case idCardRegistered(name: String?, failureKey: String?)
}
