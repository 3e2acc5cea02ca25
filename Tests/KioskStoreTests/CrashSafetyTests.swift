import Foundation
import GRDB
import Subprocess
import Testing
import KioskDomain
@testable import KioskStore

/// A small deterministic random source (SplitMix64) so kill points repeat from run to run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite(.serialized)
struct CrashSafetyTests {
    typealias F = StoreFixtures
    static let events = 200

    /// Starts the writer, lets it commit `afterLines` events, then SIGKILLs it mid-stream.
    /// Returns the receipt numbers it reported and whether it finished on its own.
    func runUntilKilled(_ binary: URL, path: String, afterLines: Int) async throws -> (reported: [String], finished: Bool) {
        let arguments = ["--db", path, "--village", F.village, "--count", String(Self.events), "--pause-ms", "3"]
        let record = try await Subprocess.run(
            .path(.init(binary.path)), arguments: Arguments(arguments), input: .none, output: .sequence, error: .discarded
        ) { execution in
            var text = ""
            var killed = false
            for try await buffer in execution.standardOutput {
                buffer.withUnsafeBytes { text += String(decoding: $0, as: UTF8.self) }
                if !killed, text.filter({ $0 == "\n" }).count >= afterLines {
                    try execution.send(signal: .kill)
                    killed = true
                }
            }
            return text
        }
        let reported = record.closureResult.split(separator: "\n").filter { $0.hasPrefix("recorded ") }
            .map { String($0.dropFirst(9)) }
        return (reported, record.terminationStatus == .exited(0))
    }

    @Test func killedWritersLeaveACompleteConsistentFile() async throws {
        let binary = try #require(KioskBinary.stressWriter, Comment(rawValue: KioskBinary.missingMessage))
        let path = F.temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        var random = SeededRandom(state: 20_250_602)
        var reported: [String] = []
        var finished = false
        var kills = 0
        for _ in 0..<400 where !finished {
            let run = try await runUntilKilled(binary, path: path, afterLines: Int.random(in: 1...12, using: &random))
            reported += run.reported
            finished = run.finished
            if !finished { kills += 1 }
            let store = try KioskStore.open(path: path, villageCode: F.village)
            #expect(try store.integrityCheck() == ["ok"])
        }
        #expect(finished, "the writer never completed its \(Self.events) events")
        #expect(kills >= 10)

        let store = try KioskStore.open(path: path, villageCode: F.village)
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.verifyAudit() == AuditVerification(entriesChecked: Self.events, firstBreak: nil))
        let check = try await store.database.read { db in
            (
                numbers: try String.fetchAll(db, sql: "SELECT number FROM receipts ORDER BY number"),
                withoutAudit: try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM receipts r WHERE (SELECT COUNT(*) FROM audit_entries a
                    WHERE a.receipt_number = r.number) != 1
                    """)!,
                withoutOutbox: try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM receipts r WHERE NOT EXISTS (SELECT 1 FROM outbox o
                    WHERE o.idempotency_key = r.number)
                    """)!,
                contributionsWithoutRows: try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM receipts r WHERE r.service = 'contribution' AND NOT EXISTS
                    (SELECT 1 FROM contributions c WHERE c.receipt_number = r.number)
                    """)!,
                enrolmentsWithoutAccount: try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM receipts r WHERE r.service = 'enrolment' AND NOT EXISTS
                    (SELECT 1 FROM accounts a WHERE a.person_id = r.person_id AND a.status = 'paying')
                    """)!,
                contributions: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM contributions")!,
                outbox: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox")!
            )
        }
        #expect(check.numbers.count == Self.events)
        #expect(Set(check.numbers).count == Self.events)
        #expect(check.numbers == (1...Self.events).map { String(format: "\(F.village)-20250602-%04d", $0) })
        #expect(check.withoutAudit == 0 && check.withoutOutbox == 0)
        #expect(check.contributionsWithoutRows == 0 && check.enrolmentsWithoutAccount == 0)
        #expect(check.contributions == Self.events / 2 && check.outbox == Self.events)
        // Every number a writer reported after its commit survived, and none was handed out twice.
        #expect(Set(reported).count == reported.count)
        #expect(Set(reported).isSubset(of: Set(check.numbers)))
    }

    @Test func auditVerifyCommandNamesAChangedRow() async throws {
        let binary = try #require(KioskBinary.url, Comment(rawValue: KioskBinary.missingMessage))
        let path = F.temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let store = try KioskStore.open(path: path, villageCode: F.village)
            for i in 1...6 {
                try store.record(.registration(F.person(i)), actor: .selfService, at: F.instant("2025-03-14"))
            }
        }
        let intact = try await KioskBinary.run(binary, ["audit", "verify", "--db", path, "--village", F.village])
        #expect(intact.status == 0)
        #expect(intact.output.contains("intact: 6 entries"))
        do {
            let store = try KioskStore.open(path: path, villageCode: F.village)
            try await store.database.write { db in
                try db.execute(sql: "DROP TRIGGER audit_entries_no_update")
                try db.execute(sql: "UPDATE audit_entries SET recorded_at = '2025-03-14T04:00:00.001Z' WHERE sequence = 4")
            }
        }
        let broken = try await KioskBinary.run(binary, ["audit", "verify", "--db", path, "--village", F.village])
        #expect(broken.status == 1)
        #expect(broken.output.contains("entry 4: contentChanged"))
    }
}
