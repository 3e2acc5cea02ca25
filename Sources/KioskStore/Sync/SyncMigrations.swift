import GRDB

/// The schema the upstream sync adds: a UUID for every outbox entry, the sync's own state, county decisions.
enum SyncMigrations {
    /// A version-4 UUID made by SQLite, in Foundation's upper-case text form.
    static let uuidExpression = """
        hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || \
        substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))
        """

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 sync entry keys, state and county decisions") { db in
            // Every entry, old or new, gets its UUID when it is written; a trigger, so no writer can forget it.
            try db.execute(sql: """
                ALTER TABLE outbox ADD COLUMN entry_uuid TEXT;
                UPDATE outbox SET entry_uuid = \(uuidExpression) WHERE entry_uuid IS NULL;
                CREATE UNIQUE INDEX outbox_by_entry_uuid ON outbox(entry_uuid);
                CREATE TRIGGER outbox_assigns_entry_uuid AFTER INSERT ON outbox FOR EACH ROW
                    WHEN NEW.entry_uuid IS NULL
                    BEGIN UPDATE outbox SET entry_uuid = \(uuidExpression) WHERE id = NEW.id; END;
                CREATE TABLE sync_state (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    last_success_at TEXT,
                    last_error TEXT,
                    last_error_at TEXT,
                    anchor_sequence INTEGER,
                    anchor_hash TEXT,
                    last_decision_sequence INTEGER NOT NULL DEFAULT 0
                );
                INSERT INTO sync_state (id) VALUES (1);
                CREATE TABLE county_decisions (
                    sequence INTEGER PRIMARY KEY NOT NULL,
                    entry_uuid TEXT NOT NULL UNIQUE,
                    act TEXT NOT NULL,
                    verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'refused')),
                    reason TEXT,
                    decided_by TEXT NOT NULL,
                    decided_at TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                );
                """)
        }
    }

    /// The hub area's later migrations, appended after every other area's: the kind of the last sync error (so the
    /// coordinator's screen says it in plain words in either language), the reference sets applied here, and the
    /// county's policy tables and the lockout resets already applied.
    static func registerHubMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 hub sync error kind") { db in
            try db.execute(sql: "ALTER TABLE sync_state ADD COLUMN last_error_kind TEXT")
        }
        migrator.registerMigration("2026-12 hub reference versions") { db in
            try db.execute(sql: """
                CREATE TABLE reference_versions (
                    kind TEXT PRIMARY KEY NOT NULL,
                    version INTEGER NOT NULL CHECK (version > 0),
                    digest TEXT NOT NULL,
                    published_at TEXT NOT NULL,
                    applied_at TEXT NOT NULL,
                    rows_applied INTEGER NOT NULL
                )
                """)
        }
        migrator.registerMigration("2026-12 hub county reference data") { db in
            try db.execute(sql: """
                CREATE TABLE county_policy_tables (
                    position INTEGER PRIMARY KEY NOT NULL,
                    version INTEGER NOT NULL,
                    region TEXT NOT NULL,
                    effective_from TEXT NOT NULL,
                    content TEXT NOT NULL
                );
                CREATE TABLE county_lockout_resets (
                    reset_id TEXT PRIMARY KEY NOT NULL,
                    coordinator_id TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                );
                """)
        }
    }
}
