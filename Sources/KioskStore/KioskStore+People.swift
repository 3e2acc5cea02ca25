import GRDB
import KioskDomain

/// Reading people, accounts and their history.
extension KioskStore {
    /// The person with an ID number, if known.
    public func person(_ id: IDNumber) throws -> Person? {
        try database.read { db in try PersonRecord.fetchOne(db, key: id.value)?.person() }
    }

    /// The person whose resident ID card has a UID, if registered.
    public func person(cardUID: String) throws -> Person? {
        try database.read { db in
            try PersonRecord.filter(Column("card_uid") == cardUID.uppercased()).fetchOne(db)?.person()
        }
    }

    /// A person's account (not enrolled when none is stored).
    public func account(_ id: IDNumber) throws -> InsuranceAccount {
        try database.read { db in try AccountRecord.fetchOne(db, key: id.value)?.account() } ?? .notEnrolled(id)
    }

    /// A person's contributions and certifications, oldest first.
    public func history(_ id: IDNumber) throws -> ServiceHistory {
        try database.read { db in
            let contributions = try ContributionRecord.filter(Column("person_id") == id.value)
                .order(Column("year")).fetchAll(db).map { try $0.contribution() }
            let certifications = try CertificationRecord.filter(Column("person_id") == id.value)
                .order(Column("certified_on")).fetchAll(db).map { try $0.certification() }
            return ServiceHistory(contributions: contributions, certifications: certifications)
        }
    }

    /// Everyone registered in a village, by name.
    public func people(villageCode: String) throws -> [Person] {
        try database.read { db in
            try PersonRecord.filter(Column("village_code") == villageCode).order(Column("name")).fetchAll(db)
                .map { try $0.person() }
        }
    }

    /// How many people are registered.
    public func peopleCount() throws -> Int {
        try database.read { db in try PersonRecord.fetchCount(db) }
    }

    /// A receipt by number.
    public func receipt(number: String) throws -> Receipt? {
        try database.read { db in try ReceiptRecord.fetchOne(db, key: number)?.receipt() }
    }

    /// A person's receipts, newest first.
    public func receipts(for id: IDNumber) throws -> [Receipt] {
        try database.read { db in
            try ReceiptRecord.filter(Column("person_id") == id.value).order(Column("recorded_at").desc, Column("number").desc)
                .fetchAll(db).map { try $0.receipt() }
        }
    }

    /// Every audit entry about a person, oldest first.
    public func auditEntries(for id: IDNumber) throws -> [AuditEntry] {
        try database.read { db in
            try AuditEntry.filter(Column("person_id") == id.value).order(Column("sequence")).fetchAll(db)
        }
    }
}
