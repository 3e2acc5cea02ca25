import GRDB

/// The schema as named, append-only migrations: never edit a shipped one, add a new one.
public enum KioskMigrations {
    /// The migrator holding every migration in order.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2025-01 people and accounts") { db in
            try db.execute(sql: """
                CREATE TABLE people (
                    id_number TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    sex TEXT NOT NULL,
                    nation_code TEXT NOT NULL,
                    birth_date TEXT NOT NULL,
                    registered_region TEXT NOT NULL,
                    village_code TEXT NOT NULL,
                    phone TEXT,
                    address TEXT NOT NULL,
                    card_uid TEXT UNIQUE,
                    is_full_time_student INTEGER NOT NULL,
                    in_employee_scheme INTEGER NOT NULL,
                    died_on TEXT
                );
                CREATE INDEX people_by_village ON people(village_code, birth_date);
                CREATE TABLE accounts (
                    person_id TEXT PRIMARY KEY NOT NULL REFERENCES people(id_number),
                    status TEXT NOT NULL,
                    enrolled_on TEXT,
                    tier_yuan INTEGER,
                    withholding_bank TEXT,
                    withholding_account TEXT,
                    pension_start_month TEXT,
                    monthly_pension_fen INTEGER,
                    personal_account_pension_fen INTEGER,
                    pension_bank TEXT,
                    pension_bank_account TEXT,
                    certified_until TEXT,
                    suspended_from_month TEXT,
                    transfer_pending INTEGER NOT NULL,
                    termination_reason TEXT
                );
                CREATE INDEX accounts_by_status ON accounts(status);
                """)
        }
        migrator.registerMigration("2025-01 receipts, audit and outbox") { db in
            try db.execute(sql: """
                CREATE TABLE receipt_sequences (
                    village_code TEXT NOT NULL,
                    day TEXT NOT NULL,
                    last_sequence INTEGER NOT NULL,
                    PRIMARY KEY (village_code, day)
                );
                CREATE TABLE receipts (
                    number TEXT PRIMARY KEY NOT NULL,
                    village_code TEXT NOT NULL,
                    service TEXT NOT NULL,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    masked_id TEXT NOT NULL,
                    person_name TEXT NOT NULL,
                    business_date TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    amount_fen INTEGER,
                    actor_kind TEXT NOT NULL,
                    actor_id TEXT,
                    actor_name TEXT,
                    proxy_name TEXT,
                    proxy_relationship TEXT,
                    proxy_masked_id TEXT,
                    proxy_consent INTEGER NOT NULL,
                    recorded_at TEXT NOT NULL
                );
                CREATE INDEX receipts_by_person ON receipts(person_id);
                CREATE TABLE audit_entries (
                    sequence INTEGER PRIMARY KEY NOT NULL,
                    recorded_at TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    person_id TEXT,
                    action TEXT NOT NULL,
                    receipt_number TEXT REFERENCES receipts(number),
                    detail TEXT NOT NULL,
                    previous_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE INDEX audit_by_person ON audit_entries(person_id);
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
                    BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
                CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
                    BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
                CREATE TABLE outbox (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    idempotency_key TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_attempt_at TEXT,
                    last_error TEXT,
                    delivered_at TEXT
                );
                CREATE INDEX outbox_pending ON outbox(delivered_at, id);
                """)
        }
        migrator.registerMigration("2025-01 service records") { db in
            try db.execute(sql: """
                CREATE TABLE contributions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    year INTEGER NOT NULL,
                    tier_yuan INTEGER NOT NULL,
                    personal_fen INTEGER NOT NULL,
                    subsidy_fen INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    paid_on TEXT NOT NULL,
                    receipt_number TEXT REFERENCES receipts(number),
                    UNIQUE (person_id, year)
                );
                CREATE INDEX contributions_by_receipt ON contributions(receipt_number);
                CREATE TABLE benefit_claims (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    claimed_on TEXT NOT NULL,
                    start_month TEXT NOT NULL,
                    contribution_years INTEGER NOT NULL,
                    basic_pension_fen INTEGER NOT NULL,
                    balance_personal_fen INTEGER NOT NULL,
                    balance_subsidy_fen INTEGER NOT NULL,
                    divisor INTEGER NOT NULL,
                    personal_account_pension_fen INTEGER NOT NULL,
                    bank TEXT NOT NULL,
                    bank_account TEXT NOT NULL,
                    receipt_number TEXT REFERENCES receipts(number)
                );
                CREATE TABLE transfer_requests (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    requested_on TEXT NOT NULL,
                    destination_region TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    balance_fen INTEGER NOT NULL,
                    receipt_number TEXT REFERENCES receipts(number)
                );
                CREATE TABLE cancellations (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    reason TEXT NOT NULL,
                    effective_on TEXT NOT NULL,
                    reported_on TEXT NOT NULL,
                    evidence TEXT NOT NULL,
                    payee_name TEXT NOT NULL,
                    refund_bank TEXT,
                    refund_account TEXT,
                    refund_personal_fen INTEGER NOT NULL,
                    refund_subsidy_fen INTEGER NOT NULL,
                    last_pension_month TEXT,
                    overpaid_pension_fen INTEGER NOT NULL,
                    receipt_number TEXT REFERENCES receipts(number)
                );
                CREATE TABLE certifications (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    year INTEGER NOT NULL,
                    method TEXT NOT NULL,
                    certified_on TEXT NOT NULL,
                    next_due TEXT NOT NULL,
                    back_paid_months INTEGER NOT NULL,
                    back_pay_fen INTEGER NOT NULL,
                    receipt_number TEXT REFERENCES receipts(number)
                );
                CREATE INDEX certifications_by_person ON certifications(person_id);
                CREATE TABLE pension_suspensions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    missed_due TEXT NOT NULL,
                    from_month TEXT NOT NULL,
                    receipt_number TEXT REFERENCES receipts(number)
                );
                """)
        }
        registerCoordinatorMigrations(&migrator)
        ServedVillage.registerMigration(&migrator)
        KioskStore.registerReceiptSealMigration(&migrator)
        registerPensionMigrations(&migrator)
        registerEmploymentMigrations(&migrator)
        SyncMigrations.register(&migrator)
        registerIdentityMigrations(&migrator)
        registerActsMigrations(&migrator)
        registerLaterEmploymentMigrations(&migrator)
        SyncMigrations.registerHubMigrations(&migrator)
        return migrator
    }
}
