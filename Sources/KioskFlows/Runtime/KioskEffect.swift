import KioskDomain

/// Work `reduce` asks the edges to do; the runtime carries it out and reports back with events.
public enum KioskEffect: Sendable, Equatable {
    /// End the program, restoring the terminal.
    case quit
    /// Look up what the store knows of the card holder; answered with `.villagerLoaded` or `.villagerLoadFailed`.
    case loadVillager(CardHolder)
    /// Record a decided piece of business in one transaction; answered with `.recorded` or `.recordFailed`.
    case record(BusinessEvent, Actor)
    /// Print a receipt; answered with `.printed`.
    case printReceipt(Receipt)
    /// Find the coordinator whose card this is; answered with `.coordinatorIdentified`.
    case identifyCoordinator(CardHolder)
    /// Check a coordinator's PIN against their card (failures counted and stored); answered with `.coordinatorPINChecked`.
    case verifyCoordinatorPIN(cardNumber: String, pin: String)
    /// Read the card in `reader` and report its holder with a `.card(.read)` or `.card(.readFailed)` event.
    /// `insertion` is the card's number in the reader (`CardSignal.inserted`), handed back with the result.
    case readCard(reader: String, insertion: Int = 0)
    /// Demo only: insert the demo card with this index (0 for the F5 card).
    case insertDemoCard(index: Int)
    /// Demo only: pull the demo card out.
    case removeDemoCard
    /// Build the village's rosters for today; answered with `.villageRosterLoaded` or `.coordinatorWorkFailed`.
    case loadVillageRoster
    /// Record a certification made today at a home visit, with its witness; answered with `.coordinatorRecorded`
    /// or `.coordinatorWorkFailed`.
    case recordHomeVisit(personID: IDNumber, witness: String, actor: Actor)
    /// Record a death; answered with `.coordinatorRecorded` or `.coordinatorWorkFailed`.
    case reportDeath(personID: IDNumber, diedOn: CivilDate, source: DeathSource, evidence: ActEvidence, actor: Actor)
    /// List the village's deaths in a month; answered with `.monthlyDeathsLoaded` or `.coordinatorWorkFailed`.
    case loadMonthlyDeaths(CalendarMonth)
    /// Print the month's death report on the receipt printer; answered with `.printed`.
    case printDeathReport(CalendarMonth, villageName: String, coordinatorName: String)
    /// List who still needs a contribution reminder this month; answered with `.remindersDueLoaded` or `.coordinatorWorkFailed`.
    case loadRemindersDue
    /// Record a contribution reminder (once a month); answered with `.reminderRecorded` or `.coordinatorWorkFailed`.
    case recordReminder(personID: IDNumber, channel: ReminderChannel, actor: Actor)
    /// Find a villager by ID number; answered with `.absentVillagerFound` or `.coordinatorWorkFailed`.
    case findAbsentVillager(IDNumber)
    /// Store an authorisation to act for a villager; answered with `.authorisationRecorded` or `.coordinatorWorkFailed`.
    case recordAuthorisation(ProxyAuthorisation, coordinatorID: String)
    /// Read the UID of the card in `reader` (a resident ID card on a contactless reader); answered with `.cardUIDRead`.
    case readCardUID(reader: String)
    /// Register an ID card's UID to a villager; answered with `.idCardRegistered`.
    case registerIDCard(uid: String, idNumber: IDNumber, actor: Actor)
    /// List the working-age villagers for this month's confirmation; answered with `.labourForceMonthLoaded`.
    case loadLabourForceMonth
    /// Save the coordinator's confirmations as new record versions; answered with `.labourForceConfirmed`.
    case confirmLabourForce(month: CalendarMonth, changes: [IDNumber: LabourForceChange], actor: Actor)
    /// List this month's long-term unemployed; answered with `.longTermUnemployedLoaded`.
    case loadLongTermUnemployed
    /// Run this month's matching and queue its messages; answered with `.jobsMatched`.
    case runMonthlyMatching(actor: Actor)
    /// Print the weekly job notice and record it as published; answered with `.weeklyNoticePublished`.
    case publishWeeklyNotice(actor: Actor)
    /// Register a job the coordinator typed in (the store gives its id); answered with `.jobRegistered` or
    /// `.jobRegistrationRefused`.
    case registerJob(JobPosting, actor: Actor)
    /// Record guidance given today to a long-term unemployed person, then list them again (`.longTermUnemployedLoaded`).
    case recordGuidance(IDNumber, actor: Actor)
    /// Raise the class requests due (10 wishes in a trade) and list them with the follow-ups; `.trainingLoaded`.
    case loadTraining(actor: Actor)
    /// Record a class request's announcement and queue its SMS to everyone wishing the trade; `.trainingLoaded`.
    case announceTrainingClass(id: Int64, actor: Actor)
    /// List the people wishing a class's trade, to pick who took part; answered with `.classCandidatesLoaded`.
    case loadClassCandidates(classID: Int64)
    /// End a class with its participants (an attendance business event each); answered with `.trainingLoaded`.
    case endTrainingClass(id: Int64, participants: [IDNumber], actor: Actor)
    /// List the jobs related to a trainee's class trade from the matching; answered with `.traineeJobsLoaded`.
    case loadTraineeJobs(classID: Int64, person: IDNumber)
    /// Record jobs recommended to a trainee (a business event); answered with `.trainingLoaded`.
    case recommendJobs(JobRecommendation, actor: Actor)
    /// Record a trainee's follow-up visit and what it found (a business event); answered with `.trainingLoaded`.
    case recordFollowUpVisit(TrainingFollowUpVisit, actor: Actor)
    /// Count this year's annex task list for the coordinator's screen; answered with `.taskListLoaded`.
    case loadTaskList
    /// Have the card in `reader` check its holder's PIN (ISO 7816 VERIFY); answered with `.cardPINChecked`.
    /// The PIN is carried only to the card: never stored, logged or spoken.
    case verifyCardPIN(reader: String, pin: String)
    /// Read how the upstream sync stands for the coordinator's menu; answered with `.upstreamSyncLoaded`.
    case loadUpstreamSync
}
