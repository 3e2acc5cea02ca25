import GRDB

/// The employment schema: monthly labour-force record versions, job seekers' profile versions, job postings and their
/// weekly publications, the month's matches, training wishes, classes, recommendations and follow-up visits, services
/// to the long-term unemployed, and the SMS outbox. Every table keeps history: rows are added, never rewritten, except
/// an SMS's delivery state and a posting's places filled.
extension KioskMigrations {
    /// Appends the employment migrations (named, append-only).
    static func registerEmploymentMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 employment labour-force records") { db in
            try db.execute(sql: """
                CREATE TABLE labour_force_records (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    month TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    place TEXT,
                    industry TEXT,
                    occupation TEXT,
                    wants_job INTEGER NOT NULL,
                    training_trade TEXT,
                    income TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    UNIQUE (person_id, month, version)
                );
                CREATE INDEX labour_force_by_month ON labour_force_records(month, person_id);
                CREATE TABLE job_seeker_profiles (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    farthest_place TEXT,
                    occupations TEXT NOT NULL,
                    industries TEXT NOT NULL,
                    trade TEXT,
                    expected_wage INTEGER,
                    registered_on TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL
                );
                CREATE INDEX job_seeker_profiles_by_person ON job_seeker_profiles(person_id, id);
                """)
        }
        migrator.registerMigration("2026-12 employment job postings") { db in
            try db.execute(sql: """
                CREATE TABLE job_postings (
                    id TEXT PRIMARY KEY NOT NULL,
                    employer TEXT NOT NULL,
                    credit_code TEXT,
                    title TEXT NOT NULL,
                    occupation TEXT NOT NULL,
                    industry TEXT NOT NULL,
                    place TEXT NOT NULL,
                    wage_min INTEGER NOT NULL,
                    wage_max INTEGER NOT NULL,
                    headcount INTEGER NOT NULL,
                    filled INTEGER NOT NULL DEFAULT 0,
                    age_min INTEGER,
                    age_max INTEGER,
                    sex_required TEXT,
                    sex_ground TEXT,
                    contact TEXT NOT NULL,
                    source TEXT NOT NULL,
                    posted_on TEXT NOT NULL,
                    valid_until TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL
                );
                CREATE INDEX job_postings_by_day ON job_postings(posted_on);
                CREATE TABLE job_publications (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    published_on TEXT NOT NULL,
                    postings INTEGER NOT NULL,
                    channel TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL
                );
                CREATE TABLE job_matches (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    month TEXT NOT NULL,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    job_id TEXT NOT NULL REFERENCES job_postings(id),
                    rank INTEGER NOT NULL,
                    score INTEGER NOT NULL,
                    reasons TEXT NOT NULL,
                    matched_at TEXT NOT NULL,
                    UNIQUE (month, person_id, job_id)
                );
                CREATE TABLE job_match_outcomes (
                    month TEXT NOT NULL,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    outcome TEXT NOT NULL,
                    matches INTEGER NOT NULL,
                    matched_at TEXT NOT NULL,
                    PRIMARY KEY (month, person_id)
                );
                CREATE TABLE job_recommendations (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    job_id TEXT,
                    purpose TEXT NOT NULL,
                    recommended_on TEXT NOT NULL,
                    recorded_by TEXT NOT NULL
                );
                CREATE INDEX job_recommendations_by_person ON job_recommendations(person_id, recommended_on);
                CREATE TABLE long_term_guidance (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    given_on TEXT NOT NULL,
                    recorded_by TEXT NOT NULL
                );
                CREATE TABLE long_term_reports (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    month TEXT NOT NULL,
                    people INTEGER NOT NULL,
                    reported_at TEXT NOT NULL,
                    recorded_by TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("2026-12 employment training") { db in
            try db.execute(sql: """
                CREATE TABLE training_wishes (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    trade TEXT NOT NULL,
                    registered_on TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    withdrawn_on TEXT
                );
                CREATE TABLE training_classes (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    trade TEXT NOT NULL,
                    people INTEGER NOT NULL,
                    requested_on TEXT NOT NULL,
                    announced_on TEXT,
                    ended_on TEXT
                );
                CREATE TABLE training_participants (
                    class_id INTEGER NOT NULL REFERENCES training_classes(id),
                    person_id TEXT NOT NULL REFERENCES people(id_number),
                    visited_on TEXT,
                    PRIMARY KEY (class_id, person_id)
                );
                """)
        }
        migrator.registerMigration("2026-12 employment sms outbox") { db in
            try db.execute(sql: """
                CREATE TABLE sms_messages (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    idempotency_key TEXT NOT NULL UNIQUE,
                    phone TEXT NOT NULL,
                    body TEXT NOT NULL,
                    purpose TEXT NOT NULL,
                    person_id TEXT,
                    created_at TEXT NOT NULL,
                    state TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    gateway_id TEXT,
                    sent_at TEXT,
                    last_failure TEXT
                );
                CREATE INDEX sms_messages_by_state ON sms_messages(state, id);
                """)
        }
    }

    /// Appends the employment migrations written after the sync and identity ones (named, append-only).
    static func registerLaterEmploymentMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 employment job seeker status") { db in
            // The status a villager gives when registering as a job seeker at the kiosk; older rows have none.
            try db.execute(sql: "ALTER TABLE job_seeker_profiles ADD COLUMN status TEXT")
        }
        migrator.registerMigration("2026-12 employment after a class") { db in
            // What a trainee's follow-up visit found, and the receipts of attendance, recommendations and visits (each a
            // business event); rows written before have none.
            try db.execute(sql: """
                ALTER TABLE training_participants ADD COLUMN visit_finding TEXT;
                ALTER TABLE training_participants ADD COLUMN receipt_number TEXT;
                ALTER TABLE training_participants ADD COLUMN visit_receipt_number TEXT;
                ALTER TABLE job_recommendations ADD COLUMN class_id INTEGER;
                ALTER TABLE job_recommendations ADD COLUMN receipt_number TEXT;
                """)
        }
    }
}
