import Foundation
import GRDB
import Testing
import KioskDomain
@testable import KioskStore

struct DeathReportStoreTests {
    typealias F = StoreFixtures
    typealias V = FixtureVillage
    let coordinator = Actor.coordinator(id: "XG-450124-017", name: "韦丽萍")

    let certificate = ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118")

    /// The county's decision on the act recorded under `receipt`, as the sync would apply it.
    static func decide(_ store: KioskStore, _ receipt: Receipt, accepted: Bool, reason: String? = nil, sequence: Int64 = 1,
                       decidedAt: String, act: String = "deathReport") throws {
        let entry = try #require(try store.outbox.pendingForSync(limit: 100).first { $0.receiptNumber == receipt.number })
        let decision = CountyDecision(sequence: sequence, entryUUID: entry.entryUUID, act: act, accepted: accepted,
                                      reason: reason, decidedBy: "黄科长", decidedAt: decidedAt)
        #expect(try store.applyCountyDecision(decision, at: try #require(Timestamp.date(decidedAt))))
    }

    @Test("a death report is recorded with its evidence and waits for the county; the pension is paid on")
    func aDeathReportWaitsForTheCounty() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let before = try store.outbox.pendingCount()
        let accountBefore = try store.account(V.id("k"))
        let receipt = try store.reportDeath(of: V.id("k"), diedOn: F.day("2026-06-10"), source: .relative,
                                            evidence: certificate, actor: coordinator, at: F.instant("2026-06-15"))
        #expect(receipt.service == .deathReport && receipt.actor == coordinator)
        #expect(receipt.summary["county"] == "pending" && receipt.summary["evidenceNumber"] == "450124-2026-0118")
        var expected = accountBefore
        expected.deathReportPending = true
        #expect(try store.account(V.id("k")) == expected, "only the pending mark changes")
        #expect(try store.person(V.id("k"))?.diedOn == nil)
        #expect(try store.pendingCancellations().isEmpty)
        #expect(try store.outbox.pendingCount() == before + 1)
        let row = try #require(try store.database.read { db in try DeathReportRecord.fetchOne(db, sql: "SELECT * FROM death_reports") })
        #expect(row.countyStatus == "pending" && row.evidenceKind == "deathCertificate" && row.evidence == "450124-2026-0118")
        let audit = try store.auditEntries(for: V.id("k"))
        #expect(audit.map(\.action) == ["deathReport"] && audit[0].receiptNumber == receipt.number)
        #expect(audit[0].actor == "coordinator:XG-450124-017:韦丽萍")
        let june = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-06")!)
        let line = try #require(june.first { $0.person.id == V.id("k") })
        #expect(line.countyStatus == .pending && line.diedOn == F.day("2026-06-10") && line.recordedBy == .deathReport)
        // A second report waits behind the first.
        #expect(throws: CoordinatorStoreError.deathRefused(.awaitingCounty)) {
            try store.reportDeath(of: V.id("k"), diedOn: F.day("2026-06-10"), source: .relative, evidence: certificate,
                                  actor: coordinator, at: F.instant("2026-06-15"))
        }
    }

    @Test("accepted by the county, the pension stops back-dated to the month after death and a cancellation opens")
    func acceptanceStopsThePensionBackDated() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let receipt = try store.reportDeath(of: V.id("k"), diedOn: F.day("2026-06-10"), source: .relative,
                                            evidence: certificate, actor: coordinator, at: F.instant("2026-06-15"))
        // Accepted on 20 August (04:00 UTC, noon in China): July and August were paid after the death.
        try Self.decide(store, receipt, accepted: true, decidedAt: "2026-08-20T04:00:00.000Z")
        let account = try store.account(V.id("k"))
        #expect(account.status == .pensionSuspended && account.suspendedFromMonth == F.day("2026-09-01"))
        #expect(!account.deathReportPending)
        #expect(try store.person(V.id("k"))?.diedOn == F.day("2026-06-10"))
        #expect(try store.pendingCancellations().map(\.personID) == [V.id("k")])
        let line = try #require(try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-06")!)
            .first { $0.person.id == V.id("k") })
        #expect(line.countyStatus == .accepted && line.lastPensionMonth == F.day("2026-06-01"))
        #expect(line.overpaidPension == (account.monthlyPension ?? .zero) * 2 && line.overpaidPension > .zero)
        // The roster no longer counts k, and the death can't be reported again.
        let roster = try store.roster(villageCode: F.village, on: F.day("2026-08-21"), policy: V.policy)
        #expect(roster.coverage.adults == 16 && !roster.insuredAdults.contains { $0.person.id == V.id("k") })
        #expect(throws: CoordinatorStoreError.deathRefused(.alreadyRecorded(diedOn: F.day("2026-06-10")))) {
            try store.reportDeath(of: V.id("k"), diedOn: F.day("2026-06-10"), source: .relative, evidence: certificate,
                                  actor: coordinator, at: F.instant("2026-08-21"))
        }
        let actions = try store.database.read { db in try String.fetchAll(db, sql: "SELECT action FROM audit_entries ORDER BY sequence") }
        #expect(actions.suffix(2) == ["deathReport", "countyDecision"])
        #expect(try store.verifyAudit().isIntact)
    }

    @Test("refused by the county, the account is as before and the report shows the county's reason")
    func refusalRestoresTheAccount() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let accountBefore = try store.account(V.id("k"))
        let receipt = try store.reportDeath(of: V.id("k"), diedOn: F.day("2026-06-10"), source: .relative,
                                            evidence: certificate, actor: coordinator, at: F.instant("2026-06-15"))
        try Self.decide(store, receipt, accepted: false, reason: "死亡证明编号不符", decidedAt: "2026-06-20T04:00:00.000Z")
        #expect(try store.account(V.id("k")) == accountBefore)
        #expect(try store.person(V.id("k"))?.diedOn == nil && (try store.pendingCancellations()).isEmpty)
        let june = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-06")!)
        let line = try #require(june.first { $0.person.id == V.id("k") })
        #expect(line.countyStatus == .refused && line.countyReason == "死亡证明编号不符")
        let table = CoordinatorReports.deaths(june, month: CalendarMonth(iso: "2026-06")!, villageCode: F.village)
        let row = try #require(table.rows.first { $0.contains(V.id("k").masked) })
        let fields = Dictionary(uniqueKeysWithValues: zip(table.header, row))
        #expect(fields["status"] == "refused" && fields["county_reason"] == "死亡证明编号不符")
        // A later report with the right document takes the refused one's place and waits again.
        let again = try store.reportDeath(of: V.id("k"), diedOn: F.day("2026-06-10"), source: .hospital,
                                          evidence: ActEvidence(kind: .hospitalRecord, documentNumber: "YY-0611"),
                                          actor: coordinator, at: F.instant("2026-06-22"))
        try Self.decide(store, again, accepted: true, sequence: 2, decidedAt: "2026-06-25T04:00:00.000Z")
        #expect(try store.account(V.id("k")).suspendedFromMonth == F.day("2026-07-01"))
        #expect(try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-06")!)
            .filter { $0.person.id == V.id("k") }.map(\.countyStatus) == [.accepted])
    }

    @Test func completingTheCancellationClearsThePendingOne() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let receipt = try store.reportDeath(of: V.id("k"), diedOn: F.day("2026-06-10"), source: .relative, evidence: certificate,
                                            actor: coordinator, at: F.instant("2026-06-15"))
        try Self.decide(store, receipt, accepted: true, decidedAt: "2026-06-18T04:00:00.000Z")
        let person = try #require(try store.person(V.id("k")))
        let outcome = CancellationDecision.decide(
            person: person, account: try store.account(person.id), history: try store.history(person.id), policy: V.policy,
            policies: V.policies, request: CancellationRequest(reason: .death, effectiveOn: F.day("2026-06-10"), evidence: "certificate",
                                         payeeName: "覃建国"), today: F.day("2026-06-20"))
        try store.record(.cancellation(try #require(outcome.decision)), actor: coordinator, at: F.instant("2026-06-20"))
        #expect(try store.pendingCancellations().isEmpty)
    }

    @Test func theMonthlyReportListsTheDeathsReportedInTheMonthAndImportedOnesByTheirMonthOfDeath() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        try store.reportDeath(of: V.id("a"), diedOn: F.day("2026-06-02"), source: .hospital, evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"),
                              actor: coordinator, at: F.instant("2026-06-15"))
        try store.reportDeath(of: V.id("j"), diedOn: F.day("2026-05-31"), source: .relative, evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"),
                              actor: coordinator, at: F.instant("2026-06-15"))
        // n died 2026-05-20 in the fixture data (no report here); t dies 2026-07-01.
        let may = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-05")!)
        #expect(may.map(\.person.id) == [V.id("n")])
        #expect(may[0].reportedOn == nil && may[0].recordedBy == .importedData && !may[0].isLate)
        // j died in May but was reported in June: June's report lists j, marked late, with the day of death.
        let june = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-06")!)
        #expect(june.map(\.person.id) == [V.id("j"), V.id("a")])
        #expect(june[0].isLate && june[0].diedOn == F.day("2026-05-31") && june[0].reportedOn == F.day("2026-06-15"))
        #expect(june[0].source == .relative && june[0].recordedBy == .deathReport && june[0].countyStatus == .pending)
        #expect(!june[0].cancellationPending, "the cancellation opens when the county accepts the death")
        #expect(june[0].lastPensionMonth == F.day("2026-05-01"), "the pension is still due through the month of death")
        #expect(!june[1].isLate && june[1].status == .paying)
        let july = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-07")!)
        #expect(july.map(\.person.id) == [V.id("t")])
    }

    @Test func aDeathOnTheTwentyEighthOfNovemberReportedOnTheSecondOfDecemberIsInDecemberMarkedLate() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let receipt = try store.reportDeath(of: V.id("k"), diedOn: F.day("2026-11-28"), source: .relative, evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"),
                                            actor: coordinator, at: F.instant("2026-12-02"))
        #expect(receipt.summary["pensionStopsFrom"] == "2026-12-01", "the pension still stops from the month after death")
        let november = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-11")!)
        #expect(!november.contains { $0.person.id == V.id("k") })
        let december = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-12")!)
        let line = try #require(december.first { $0.person.id == V.id("k") })
        #expect(line.isLate && line.diedOn == F.day("2026-11-28") && line.reportedOn == F.day("2026-12-02"))
        let table = CoordinatorReports.deaths(december, month: CalendarMonth(iso: "2026-12")!, villageCode: F.village)
        let row = try #require(table.rows.first { $0.contains(V.id("k").masked) })
        let fields = Dictionary(uniqueKeysWithValues: zip(table.header, row))
        #expect(fields["late"] == "yes" && fields["died_on"] == "2026-11-28")
        #expect(fields["reported_on"] == "2026-12-02" && fields["recorded_by"] == "deathReport")
        #expect(table.notes.first?.contains("1 reported late") == true)
    }

    @Test func aReportRecordedAtHalfPastFourUTCOnTheThirtiethOfNovemberIsInDecemberInChina() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        // 2026-11-30T16:30Z is 2026-12-01 00:30 in Asia/Shanghai; 15:59Z is still 23:59 on 30 November.
        try store.reportDeath(of: V.id("k"), diedOn: F.day("2026-11-29"), source: .relative, evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"),
                              actor: coordinator, at: try #require(Timestamp.date("2026-11-30T16:30:00.000Z")))
        try store.reportDeath(of: V.id("l"), diedOn: F.day("2026-11-29"), source: .relative, evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"),
                              actor: coordinator, at: try #require(Timestamp.date("2026-11-30T15:59:00.000Z")))
        let november = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-11")!)
        let december = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-12")!)
        #expect(november.map(\.person.id) == [V.id("l")] && !november[0].isLate)
        #expect(december.map(\.person.id) == [V.id("k")])
        #expect(december[0].reportedOn == F.day("2026-12-01") && december[0].isLate)
    }

    @Test func aDeathOnNewYearsEveReportedAfterMidnightIsInJanuaryOfTheNextYear() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        // 2026-12-31T16:10Z is 2027-01-01 00:10 in China; 15:50Z is 2026-12-31 23:50.
        try store.reportDeath(of: V.id("k"), diedOn: F.day("2026-12-31"), source: .hospital, evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"),
                              actor: coordinator, at: try #require(Timestamp.date("2026-12-31T16:10:00.000Z")))
        try store.reportDeath(of: V.id("l"), diedOn: F.day("2026-12-31"), source: .hospital, evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"),
                              actor: coordinator, at: try #require(Timestamp.date("2026-12-31T15:50:00.000Z")))
        let december = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-12")!)
        let january = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2027-01")!)
        #expect(december.map(\.person.id) == [V.id("l")] && !december[0].isLate)
        #expect(january.map(\.person.id) == [V.id("k")])
        #expect(january[0].isLate && january[0].diedOn == F.day("2026-12-31") && january[0].reportedOn == F.day("2027-01-01"))
    }

    @Test func aDeathRecordedByACancellationIsInTheMonthOfTheCancellation() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let person = try #require(try store.person(V.id("j")))
        let outcome = CancellationDecision.decide(
            person: person, account: try store.account(person.id), history: try store.history(person.id), policy: V.policy,
            policies: V.policies, request: CancellationRequest(reason: .death, effectiveOn: F.day("2026-05-28"), evidence: "certificate",
                                         payeeName: "覃建国"), today: F.day("2026-06-03"))
        try store.record(.cancellation(try #require(outcome.decision)), actor: coordinator, at: F.instant("2026-06-03"))
        #expect(try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-05")!).map(\.person.id) == [V.id("n")])
        let june = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-06")!)
        #expect(june.map(\.person.id) == [V.id("j")])
        #expect(june[0].recordedBy == .cancellation && june[0].isLate && june[0].reportedOn == F.day("2026-06-03"))
    }

    @Test func everyRecordedDeathIsInExactlyOneMonthlyReport() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let reports: [(String, String, Date)] = [
            ("a", "2026-01-31", try #require(Timestamp.date("2026-01-31T16:00:00.000Z"))),
            ("b", "2026-02-27", F.instant("2026-02-28", hour: 23)),
            ("j", "2026-03-01", F.instant("2026-04-30")),
            ("k", "2025-12-30", F.instant("2026-01-02")),
            ("l", "2026-06-30", try #require(Timestamp.date("2026-06-30T23:59:59.999Z"))),
        ]
        for (key, died, at) in reports {
            try store.reportDeath(of: V.id(key), diedOn: F.day(died), source: .relative, evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"), actor: coordinator, at: at)
        }
        var months: [String: [CalendarMonth]] = [:]
        for offset in 0..<36 {
            let month = CalendarMonth(F.day("2025-01-01").adding(months: offset))
            for line in try store.deaths(villageCode: F.village, in: month) {
                months[line.person.id.value, default: []].append(month)
            }
        }
        for (key, _, _) in reports {
            #expect(months[V.id(key).value]?.count == 1, "\(key) is in exactly one report")
        }
        #expect(months[V.id("a").value] == [CalendarMonth(iso: "2026-02")!])
        #expect(months[V.id("b").value] == [CalendarMonth(iso: "2026-02")!])
        #expect(months[V.id("j").value] == [CalendarMonth(iso: "2026-04")!])
        #expect(months[V.id("k").value] == [CalendarMonth(iso: "2026-01")!])
        #expect(months[V.id("l").value] == [CalendarMonth(iso: "2026-07")!])
    }
}

struct CoordinatorActingTests {
    typealias F = StoreFixtures
    typealias V = FixtureVillage
    let coordinator = Coordinator(id: "XG-450124-017", name: "韦丽萍", idNumber: F.person(900, born: "1983-04-12").id,
                                  cardNumber: "GX3456789", villageCode: F.village)

    func authorisation(for key: String, scope: Set<ProxyService>) -> ProxyAuthorisation {
        ProxyAuthorisation(personID: V.id(key), kind: .authorisedProxy, proxyName: "覃建国", relationship: "son",
                           proxyIDNumber: F.person(950, born: "1972-02-02").id, scope: scope,
                           validFrom: F.day("2026-01-01"), expiresOn: F.day("2026-12-31"),
                           consentRecordedAt: F.instant("2026-01-05"), consentEvidence: "signed form 2026-003")
    }

    @Test func anAuthorisationIsStoredAndItsProxyAppearsOnTheReceiptAndInTheAudit() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let stored = try store.recordAuthorisation(authorisation(for: "j", scope: [.certification]), by: coordinator,
                                                   at: F.instant("2026-01-05"))
        #expect(stored.id != nil)
        #expect(try store.authorisations(for: V.id("j")) == [stored])
        #expect(try store.authorisations(for: V.id("j"), permitting: .certification, on: F.day("2026-06-15")) == [stored])
        #expect(try store.authorisations(for: V.id("j"), permitting: .transfer, on: F.day("2026-06-15")).isEmpty)
        #expect(try store.authorisations(for: V.id("j"), permitting: .certification, on: F.day("2027-01-01")).isEmpty)

        let person = try #require(try store.person(V.id("j")))
        let decision = try #require(CertificationDecision.decide(person: person, account: try store.account(person.id),
                                                                 history: try store.history(person.id),
                                                                 policy: V.policy, policies: V.policies,
                                                                 method: .coordinatorWitness,
                                                                 today: F.day("2026-06-15")).decision)
        let receipt = try store.record(.certification(decision), actor: .coordinator(coordinator, for: stored),
                                       at: F.instant("2026-06-15"))
        let proxy = try #require(try store.receipt(number: receipt.number)?.actor.proxy)
        #expect(proxy.name == "覃建国" && proxy.relationship == "son" && proxy.consentRecorded)
        #expect(proxy.maskedID == F.person(950, born: "1972-02-02").id.masked && proxy.maskedID?.contains("*") == true)
        let audit = try store.auditEntries(for: V.id("j"))
        #expect(audit.map(\.action) == ["proxyAuthorised", "certification"])
        #expect(audit[1].actor == "coordinator:XG-450124-017:韦丽萍 for-proxy:覃建国(son):\(proxy.maskedID!):consent")
        try store.revokeAuthorisation(id: stored.id!, for: V.id("j"), by: coordinator, at: F.instant("2026-06-16"))
        #expect(try store.authorisations(for: V.id("j"), permitting: .certification, on: F.day("2026-06-16")).isEmpty)
    }

    @Test func aHomeVisitCertifiesFromTheVisitDayWithItsWitness() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        #expect(try store.homeVisitList(villageCode: F.village, on: F.day("2026-06-15"), policy: V.policy)
            .map(\.person.id) == [V.id("l"), V.id("j")])
        let visit = HomeVisit(personID: V.id("l"), visitedOn: F.day("2026-06-12"), coordinatorID: coordinator.id,
                              witness: "韦大明 (village committee)")
        let receipt = try store.recordHomeVisitCertification(visit, policy: V.policy, policies: V.policies, actor: .coordinator(coordinator),
                                                             at: F.instant("2026-06-15"))
        #expect(receipt.summary["method"] == "homeVisit")
        #expect(try store.history(V.id("l")).certifications.last?.certifiedOn == F.day("2026-06-12"))
        #expect(try store.account(V.id("l")).certifiedUntil == F.day("2027-06-12"))
        #expect(try store.homeVisits(for: V.id("l")) == [visit])
        #expect(try store.auditEntries(for: V.id("l")).map(\.action) == ["certification", "homeVisit"])
        #expect(try store.homeVisitList(villageCode: F.village, on: F.day("2026-06-15"), policy: V.policy)
            .map(\.person.id) == [V.id("j")])
        // A visit in the future, or for someone not drawing a pension, is refused and nothing is written.
        let future = HomeVisit(personID: V.id("j"), visitedOn: F.day("2026-06-16"), coordinatorID: coordinator.id, witness: "x")
        #expect(throws: CoordinatorStoreError.certificationRefused([.dateInFuture(F.day("2026-06-16"))])) {
            try store.recordHomeVisitCertification(future, policy: V.policy, policies: V.policies, actor: .coordinator(coordinator),
                                                   at: F.instant("2026-06-15"))
        }
        let notPensioner = HomeVisit(personID: V.id("a"), visitedOn: F.day("2026-06-12"), coordinatorID: coordinator.id,
                                     witness: "x")
        #expect(throws: CoordinatorStoreError.certificationRefused([.notReceivingPension])) {
            try store.recordHomeVisitCertification(notPensioner, policy: V.policy, policies: V.policies, actor: .coordinator(coordinator),
                                                   at: F.instant("2026-06-15"))
        }
        #expect(try store.homeVisits(for: V.id("a")).isEmpty)
    }
}
