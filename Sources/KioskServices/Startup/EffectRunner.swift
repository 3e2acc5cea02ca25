import Foundation
import KioskDomain
import KioskFlows
import KioskStore

/// Carries out the flows' effects at the edges: cards, the store, the printer, the demo cards.
public struct EffectRunner: Sendable {
    let station: CardStation
    let desk: VillagerDesk
    let coordinators: CoordinatorDesk
    /// The store whose receipt key seals printed receipts (their check code and QR code).
    let store: KioskStore
    /// The receipt printer; nil when none is configured.
    var printer: ReceiptPrinting?
    /// The texts receipts are printed with (in Chinese, the official language of the receipt).
    let strings: StringCatalog
    /// The zone receipts print their time in.
    let timeZone: TimeZone
    /// The demo's simulated cards; nil at a real kiosk.
    var deck: DemoCardDeck?
    /// The GA 467 resident ID card reader, when one is configured (`idReader`).
    var idReader: IDCardReaderStation?

    /// Runs one effect; results come back through `inbox`.
    public func run(_ effect: KioskEffect, _ inbox: EventInbox) {
        switch effect {
        case .readCard(let reader, let insertion):
            if let idReader, reader == idReader.readerName {
                idReader.read(insertion: insertion, posting: inbox)
            } else {
                station.read(reader: reader, insertion: insertion, posting: inbox)
            }
        case .loadVillager(let holder): desk.load(holder, posting: inbox)
        case .record(let event, let actor): desk.record(event, actor: actor, posting: inbox)
        case .identifyCoordinator(let holder): coordinators.identify(holder, posting: inbox)
        case .verifyCoordinatorPIN(let cardNumber, let pin): coordinators.verify(cardNumber: cardNumber, pin: pin, posting: inbox)
        case .printReceipt(let receipt): print(receipt, inbox)
        case .insertDemoCard(let index): deck?.insert(index)
        case .removeDemoCard: deck?.remove()
        case .readCardUID(let reader): station.readUID(reader: reader, posting: inbox)
        case .registerIDCard(let uid, let id, let actor): coordinators.registerIDCard(uid: uid, to: id, actor: actor, posting: inbox)
        case .verifyCardPIN(let reader, let pin): station.verifyPIN(reader: reader, pin: pin, posting: inbox)
        case .loadUpstreamSync: coordinators.loadUpstreamSync(posting: inbox)
        case .quit: break
        case .loadVillageRoster: coordinators.loadRoster(posting: inbox)
        case .recordHomeVisit(let personID, let witness, let actor):
            coordinators.recordHomeVisit(personID, witness: witness, actor: actor, posting: inbox)
        case .reportDeath(let personID, let diedOn, let source, let evidence, let actor):
            coordinators.reportDeath(personID, diedOn: diedOn, source: source, evidence: evidence, actor: actor, posting: inbox)
        case .loadMonthlyDeaths(let month): coordinators.loadDeaths(in: month, posting: inbox)
        case .printDeathReport(let month, let villageName, let coordinatorName):
            coordinators.printDeaths(in: month, villageName: villageName, coordinatorName: coordinatorName, printer: printer,
                                     strings: strings, posting: inbox)
        case .loadRemindersDue: coordinators.loadRemindersDue(posting: inbox)
        case .recordReminder(let personID, let channel, let actor):
            coordinators.recordReminder(personID, channel: channel, actor: actor, posting: inbox)
        case .findAbsentVillager(let id): coordinators.findVillager(id, files: desk, posting: inbox)
        case .recordAuthorisation(let authorisation, let coordinatorID):
            coordinators.recordAuthorisation(authorisation, coordinatorID: coordinatorID, posting: inbox)
        case .loadLabourForceMonth: coordinators.loadLabourForceMonth(posting: inbox)
        case .confirmLabourForce(let month, let changes, let actor):
            coordinators.confirmLabourForce(month, changes: changes, actor: actor, posting: inbox)
        case .loadLongTermUnemployed: coordinators.loadLongTermUnemployed(posting: inbox)
        case .runMonthlyMatching(let actor): coordinators.runMonthlyMatching(actor: actor, strings: strings, posting: inbox)
        case .registerJob(let job, let actor): coordinators.registerJob(job, actor: actor, posting: inbox)
        case .recordGuidance(let person, let actor): coordinators.recordGuidance(person, actor: actor, posting: inbox)
        case .loadTraining(let actor): coordinators.loadTraining(actor: actor, posting: inbox)
        case .announceTrainingClass(let id, let actor):
            coordinators.announceTrainingClass(id, actor: actor, strings: strings, posting: inbox)
        case .loadClassCandidates(let id): coordinators.loadClassCandidates(id, posting: inbox)
        case .endTrainingClass(let id, let participants, let actor):
            coordinators.endTrainingClass(id, participants: participants, actor: actor, posting: inbox)
        case .loadTraineeJobs(let id, let person): coordinators.loadTraineeJobs(classID: id, person: person, posting: inbox)
        case .recommendJobs(let recommendation, let actor): coordinators.recommendJobs(recommendation, actor: actor, posting: inbox)
        case .recordFollowUpVisit(let visit, let actor): coordinators.recordFollowUpVisit(visit, actor: actor, posting: inbox)
        case .loadTaskList: coordinators.loadTaskList(strings: strings, posting: inbox)
        case .publishWeeklyNotice(let actor):
            coordinators.publishWeeklyNotice(actor: actor, printer: printer, strings: strings, posting: inbox)
        }
    }

    private func print(_ receipt: Receipt, _ inbox: EventInbox) {
        guard let printer else {
            inbox.post(.printed(failure: UserMessage("print.error.notFound")))
            return
        }
        var lines = ReceiptText.lines(receipt, strings: strings, language: .chinese, timeZone: timeZone)
        // A receipt whose seal cannot be made (the key unreadable) still prints, without its check code.
        let seal = try? store.sealPayload(for: receipt)
        if let code = seal.flatMap({ ReceiptSeal.parse($0)?.code }) {
            lines.append(strings.text("receipt.checkCode", .chinese, ["code": ReceiptSeal.grouped(code)]))
        }
        printer.print(lines: lines, qrCode: seal) { failure in
            inbox.post(.printed(failure: failure))
        }
    }
}
