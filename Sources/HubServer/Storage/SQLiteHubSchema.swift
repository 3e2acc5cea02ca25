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
        return migrator
    }
}
