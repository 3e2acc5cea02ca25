import GRDB

/// The hub's SQLite schema as named, append-only migrations.
enum SQLiteHubSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-12 hub kiosks, entries, audit heads, decisions") { db in
            try db.execute(sql: """
                CREATE TABLE kiosks (
                    id TEXT PRIMARY KEY NOT NULL,
                    signing_key TEXT NOT NULL,
                    added_at TEXT NOT NULL,
                    revoked_at TEXT,
                    last_sync_at TEXT
                );
                CREATE TABLE nonces (
                    kiosk_id TEXT NOT NULL,
                    nonce TEXT NOT NULL,
                    seen_at TEXT NOT NULL,
                    PRIMARY KEY (kiosk_id, nonce)
                );
                CREATE INDEX nonces_by_age ON nonces(seen_at);
                CREATE TABLE entries (
                    kiosk_id TEXT NOT NULL REFERENCES kiosks(id),
                    entry_uuid TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    receipt_number TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    received_at TEXT NOT NULL,
                    pending_act TEXT,
                    PRIMARY KEY (kiosk_id, entry_uuid)
                );
                CREATE INDEX entries_pending ON entries(pending_act) WHERE pending_act IS NOT NULL;
                CREATE TABLE audit_heads (
                    kiosk_id TEXT NOT NULL REFERENCES kiosks(id),
                    sequence INTEGER NOT NULL,
                    hash TEXT NOT NULL,
                    received_at TEXT NOT NULL,
                    PRIMARY KEY (kiosk_id, sequence)
                );
                CREATE TABLE audit_findings (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kiosk_id TEXT NOT NULL REFERENCES kiosks(id),
                    found_at TEXT NOT NULL,
                    problem TEXT NOT NULL
                );
                CREATE TABLE decisions (
                    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                    kiosk_id TEXT NOT NULL,
                    entry_uuid TEXT NOT NULL,
                    act TEXT NOT NULL,
                    verdict TEXT NOT NULL,
                    reason TEXT,
                    decided_by TEXT NOT NULL,
                    decided_at TEXT NOT NULL,
                    UNIQUE (kiosk_id, entry_uuid),
                    FOREIGN KEY (kiosk_id, entry_uuid) REFERENCES entries(kiosk_id, entry_uuid)
                );
                CREATE INDEX decisions_by_kiosk ON decisions(kiosk_id, sequence);
                """)
        }
        migrator.registerMigration("2026-12 hub receipt codes") { db in
            try db.execute(sql: """
                ALTER TABLE entries ADD COLUMN receipt_code TEXT;
                CREATE INDEX entries_by_receipt ON entries(receipt_number);
                """)
        }
        migrator.registerMigration("2026-12 hub reference sets") { db in
            try db.execute(sql: """
                CREATE TABLE reference_sets (
                    kind TEXT NOT NULL,
                    version INTEGER NOT NULL CHECK (version > 0),
                    content TEXT NOT NULL,
                    digest TEXT NOT NULL,
                    published_at TEXT NOT NULL,
                    published_by TEXT NOT NULL,
                    PRIMARY KEY (kind, version)
                );
                """)
        }
        migrator.registerMigration("2026-12 hub village figures") { db in
            try db.execute(sql: """
                CREATE TABLE kiosk_figures (
                    kiosk_id TEXT PRIMARY KEY NOT NULL REFERENCES kiosks(id),
                    village_code TEXT NOT NULL,
                    computed_at TEXT NOT NULL,
                    adults INTEGER NOT NULL,
                    insured INTEGER NOT NULL,
                    task_items_judged INTEGER NOT NULL,
                    task_items_met INTEGER NOT NULL,
                    waiting INTEGER NOT NULL,
                    received_at TEXT NOT NULL
                );
                """)
        }
        return migrator
    }
}
