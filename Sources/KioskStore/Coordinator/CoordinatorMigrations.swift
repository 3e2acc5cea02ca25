import GRDB

/// The coordinator-mode schema: coordinators with PIN hashes and lockout, proxy authorisations, home visits,
/// death reports with pending cancellations, the tax office's non-payer list and reminders.
extension KioskMigrations {
    /// Appends the coordinator migrations after the base schema (named, append-only).
    static func registerCoordinatorMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-01 coordinators") { db in
            try db.execute(sql: """
                CREATE TABLE coordinators (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    id_number TEXT NOT NULL UNIQUE,
                    card_number TEXT NOT NULL UNIQUE,
                    village_code TEXT NOT NULL,
                    role TEXT NOT NULL,
                    pin_hash TEXT NOT NULL,
                    pin_salt TEXT NOT NULL,
                    pin_iterations INTEGER NOT NULL,
                    failed_attempts INTEGER NOT NULL DEFAULT 0,
                    locked_until TEXT,
                    created_at TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("2026-01 proxy authorisations") { db in
            try db.execute(sql: """
                CREATE TABLE proxy_authorisations (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    kind TEXT NOT NULL,
                    proxy_name TEXT NOT NULL,
                    relationship TEXT NOT NULL,
                    proxy_id_number TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    valid_from TEXT NOT NULL,
                    expires_on TEXT NOT NULL,
                    consent_recorded_at TEXT NOT NULL,
                    consent_evidence TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    revoked INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX proxy_authorisations_by_person ON proxy_authorisations(person_id);
                """)
        }
        migrator.registerMigration("2026-01 home visits") { db in
            try db.execute(sql: """
                ALTER TABLE people ADD COLUMN needs_home_visit INTEGER NOT NULL DEFAULT 0;
                CREATE TABLE home_visits (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    visited_on TEXT NOT NULL,
                    coordinator_id TEXT NOT NULL,
                    witness TEXT NOT NULL,
                    receipt_number TEXT REFERENCES receipts(number)
                );
                CREATE INDEX home_visits_by_person ON home_visits(person_id);
                """)
        }
        migrator.registerMigration("2026-01 death reports") { db in
            try db.execute(sql: """
                CREATE TABLE death_reports (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL UNIQUE REFERENCES people(id_number),
                    died_on TEXT NOT NULL,
                    reported_on TEXT NOT NULL,
                    source TEXT NOT NULL,
                    evidence TEXT NOT NULL,
                    last_pension_month TEXT,
                    pension_stops_from TEXT,
                    overpaid_months INTEGER NOT NULL,
                    overpaid_pension_fen INTEGER NOT NULL,
                    receipt_number TEXT REFERENCES receipts(number)
                );
                CREATE INDEX death_reports_by_day ON death_reports(died_on);
                CREATE TABLE pending_cancellations (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL UNIQUE REFERENCES people(id_number),
                    reason TEXT NOT NULL,
                    effective_on TEXT NOT NULL,
                    opened_on TEXT NOT NULL,
                    receipt_number TEXT REFERENCES receipts(number)
                );
                """)
        }
        migrator.registerMigration("2026-01 contribution reminders") { db in
            try db.execute(sql: """
                CREATE TABLE non_payers (
                    id_number TEXT NOT NULL,
                    name TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    amount_due_fen INTEGER NOT NULL,
                    phone TEXT,
                    imported_at TEXT NOT NULL,
                    PRIMARY KEY (id_number, year)
                );
                CREATE TABLE reminders (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL,
                    month TEXT NOT NULL,
                    reminded_on TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    coordinator_id TEXT NOT NULL,
                    note TEXT NOT NULL
                );
                CREATE UNIQUE INDEX reminders_once_a_month ON reminders(person_id, month);
                """)
        }
    }
}
