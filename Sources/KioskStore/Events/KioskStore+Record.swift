import Foundation
import GRDB
import KioskDomain

extension KioskStore {
    /// Records one piece of business in a single transaction: its records, the receipt, an audit entry and
    /// an outbox entry, all or nothing. Returns the receipt.
    @discardableResult
    public func record(_ event: BusinessEvent, actor: Actor, at instant: Date) throws(StoreError) -> Receipt {
        do {
            return try database.write { db in try self.record(event, actor: actor, at: instant, in: db) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }

    func record(_ event: BusinessEvent, actor: Actor, at instant: Date, in db: Database) throws -> Receipt {
        let day = CivilDate(instant, in: timeZone)
        if let proxy = actor.proxy {
            try checkProxyAuthorisation(proxy, service: event.service, personID: event.personID, on: day, db)
        }
        let number = try nextReceiptNumber(db, day: day)
        let person = try storePersonChanges(event, db)
        let receipt = Receipt(number: number, villageCode: villageCode, service: event.service, personID: person.id,
                              personName: person.name, businessDate: day, summary: event.summary,
                              amount: event.amount, actor: actor, recordedAt: instant)
        try ReceiptRecord(receipt).insert(db)
        var records = try storeServiceRecords(event, receiptNumber: number, actor: actor, at: instant, db)
        records.statuses = records.account.map(SchemeStatuses.init)
        let at = Timestamp.text(instant)
        try AuditChain.append(db, recordedAt: at, actor: actor.auditText, personId: person.id.value,
                              action: event.service.rawValue, receiptNumber: number,
                              detail: JSONText.encode(receipt.summary))
        var outbox = OutboxEntry(id: nil, idempotencyKey: number, kind: event.service.rawValue,
                                 payload: JSONText.encode(OutboxPayload(receipt: receipt, records: records)),
                                 createdAt: at, attempts: 0)
        try outbox.insert(db)
        return receipt
    }

    /// Takes the next number for the day, kept in the same transaction so it is never reused.
    func nextReceiptNumber(_ db: Database, day: CivilDate) throws -> String {
        // A cached statement: compiled once per connection, as every recorded event takes a number.
        let statement = try db.cachedStatement(sql: """
            INSERT INTO receipt_sequences (village_code, day, last_sequence) VALUES (?, ?, 1)
            ON CONFLICT (village_code, day) DO UPDATE SET last_sequence = last_sequence + 1
            RETURNING last_sequence
            """)
        let sequence = try Int.fetchOne(statement, arguments: [villageCode, day.compact])!
        return "\(villageCode)-\(day.compact)-\(String(format: "%04d", sequence))"
    }

    /// Writes the person and account changes; returns the person the receipt is for.
    func storePersonChanges(_ event: BusinessEvent, _ db: Database) throws -> Person {
        switch event {
        case .registration(let person):
            try PersonRecord(person).upsert(db)
            if try AccountRecord.fetchOne(db, key: person.id.value) == nil {
                try AccountRecord(.notEnrolled(person.id)).insert(db)
            }
            return person
        case .enrolment(let d):
            try PersonRecord(d.person).upsert(db)
            try AccountRecord(d.account).upsert(db)
            return d.person
        case .cancellation(let d):
            try PersonRecord(d.person).upsert(db)
            try AccountRecord(d.account).upsert(db)
            return d.person
        case .contributionCertificate, .jobSeekerRegistration, .trainingWish, .trainingAttendance, .jobRecommendation,
             .trainingFollowUpVisit, .longTermGuidance:
            guard let row = try PersonRecord.fetchOne(db, key: event.personID.value) else {
                throw StoreError.unknownPerson(event.personID.masked)
            }
            return try row.person()
        case .contribution(let d): return try update(d.account, db)
        case .benefitClaim(let d): return try update(d.account, db)
        case .transfer(let d): return try update(d.account, db)
        case .certification(let d): return try update(d.account, db)
        case .pensionSuspension(let s): return try update(s.account, db)
        case .deathReport(let d):
            guard try PersonRecord.fetchOne(db, key: d.person.id.value) != nil else {
                throw StoreError.unknownPerson(d.person.id.masked)
            }
            try PersonRecord(d.person).upsert(db)
            try AccountRecord(d.account).upsert(db)
            return d.person
        }
    }

    private func update(_ account: InsuranceAccount, _ db: Database) throws -> Person {
        guard let row = try PersonRecord.fetchOne(db, key: account.personID.value) else {
            throw StoreError.unknownPerson(account.personID.masked)
        }
        try AccountRecord(account).upsert(db)
        return try row.person()
    }

    /// Inserts the service rows; returns them as JSON-ready values for the outbox payload.
    func storeServiceRecords(_ event: BusinessEvent, receiptNumber: String, actor: Actor, at instant: Date,
                             _ db: Database) throws -> OutboxRecords {
        var records = OutboxRecords()
        switch event {
        case .registration(let person):
            records.person = person
        case .enrolment(let d):
            records.person = d.person
            records.account = d.account
        case .contribution(let d):
            for c in d.contributions {
                var row = ContributionRecord(c, receiptNumber: receiptNumber)
                try row.insert(db)
            }
            records.account = d.account
            records.contributions = d.contributions
        case .benefitClaim(let d):
            var row = BenefitClaimRecord(d.claim, receiptNumber: receiptNumber)
            try row.insert(db)
            records.account = d.account
            records.benefitClaim = d.claim
        case .transfer(let d):
            var row = TransferRequestRecord(d.request, receiptNumber: receiptNumber)
            try row.insert(db)
            records.account = d.account
            records.transferRequest = d.request
        case .cancellation(let d):
            var row = CancellationRecord(d.cancellation, receiptNumber: receiptNumber)
            try row.insert(db)
            records.account = d.account
            records.cancellation = d.cancellation
        case .certification(let d):
            var row = CertificationRecord(d.certification, receiptNumber: receiptNumber)
            try row.insert(db)
            records.account = d.account
            records.certification = d.certification
        case .pensionSuspension(let s):
            var row = PensionSuspensionRecord(s, receiptNumber: receiptNumber)
            try row.insert(db)
            records.account = s.account
            records.pensionSuspension = s
        case .deathReport(let d):
            try storeDeathReport(d, receiptNumber: receiptNumber, db)
            records.person = d.person
            records.account = d.account
            records.deathReport = d.report
        case .contributionCertificate(let c):
            records.contributionCertificate = c
        case .jobSeekerRegistration(let profile):
            try Self.insertJobSeeker(profile, actor: actor, at: instant, db)
            records.jobSeeker = profile
        case .trainingWish(let wish):
            _ = try Self.insertTrainingWish(wish, actor: actor, db)
            records.trainingWish = wish
        case .trainingAttendance(let attendance):
            try Self.insertParticipant(attendance, receiptNumber: receiptNumber, db)
            records.trainingAttendance = attendance
        case .jobRecommendation(let recommendation):
            try Self.insertRecommendation(recommendation, receiptNumber: receiptNumber, actor: actor, db)
            records.jobRecommendation = recommendation
        case .trainingFollowUpVisit(let visit):
            try Self.storeFollowUpVisit(visit, receiptNumber: receiptNumber, db)
            records.trainingFollowUpVisit = visit
        case .longTermGuidance(let guidance):
            try Self.insertGuidance(guidance, actor: actor, db)
            records.longTermGuidance = guidance
        }
        return records
    }
}

/// The records of one event as delivered upstream.
struct OutboxRecords: Encodable {
    var person: Person?
    var account: InsuranceAccount?
    var contributions: [Contribution]?
    var benefitClaim: BenefitClaim?
    var transferRequest: TransferRequest?
    var cancellation: Cancellation?
    var certification: Certification?
    var pensionSuspension: PensionSuspension?
    var deathReport: DeathReport?
    var contributionCertificate: ContributionCertificate?
    var jobSeeker: JobSeekerProfile?
    var trainingWish: TrainingWish?
    var trainingAttendance: TrainingAttendance?
    var jobRecommendation: JobRecommendation?
    var trainingFollowUpVisit: TrainingFollowUpVisit?
    var longTermGuidance: LongTermGuidance?
    /// The account's enrolment (AAC008), payment (AAC031) and benefit statuses, kept apart for the upstream system.
    var statuses: SchemeStatuses?
}

/// The outbox payload: the receipt and the records.
struct OutboxPayload: Encodable {
    var receipt: Receipt
    var records: OutboxRecords
}
