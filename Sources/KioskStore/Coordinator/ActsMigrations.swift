import GRDB

/// Migrations of the two-step harmful acts: a death report waits for the county, with the kind of its evidence;
/// a cancellation records the kind of its evidence; an account shows a death report waiting.
extension KioskMigrations {
    /// Registers the acts migrations, after every earlier one.
    static func registerActsMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 acts evidence kinds and county status of death reports") { db in
            // Reports recorded before took effect at once: they count as accepted.
            try db.execute(sql: """
                ALTER TABLE death_reports ADD COLUMN evidence_kind TEXT;
                ALTER TABLE death_reports ADD COLUMN county_status TEXT NOT NULL DEFAULT 'accepted'
                    CHECK (county_status IN ('pending', 'accepted', 'refused'));
                ALTER TABLE death_reports ADD COLUMN county_reason TEXT;
                ALTER TABLE death_reports ADD COLUMN county_decided_on TEXT;
                CREATE INDEX death_reports_by_receipt ON death_reports(receipt_number);
                ALTER TABLE cancellations ADD COLUMN evidence_kind TEXT;
                ALTER TABLE accounts ADD COLUMN death_report_pending INTEGER NOT NULL DEFAULT 0;
                """)
        }
    }
}
