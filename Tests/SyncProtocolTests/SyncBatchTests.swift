import Foundation
import SyncProtocol
import Testing

struct SyncBatchTests {
    static let head = AuditHead(sequence: 3, hash: String(repeating: "ab", count: 32))

    static func entry(_ kind: String = "enrolment", payload: String = #"{"receipt":{"number":"R1"}}"#) -> SyncEntry {
        SyncEntry(id: UUID(), kind: kind, receiptNumber: "450101-20261201-0001", createdAt: "2026-12-01T01:02:03Z",
                  payload: payload)
    }

    static func body(_ batch: SyncBatch) throws -> Data { try SyncJSON.encoder().encode(batch) }

    @Test func aWellFormedBatchDecodesToWhatWasSent() throws {
        let batch = SyncBatch(kioskID: "K1", auditHead: Self.head, anchorProof: nil,
                              entries: [Self.entry(), Self.entry("cancellation")])
        let decoded = try SyncBatch.decode(try Self.body(batch), signedBy: "K1")
        #expect(decoded == batch)
        #expect(decoded.entries[1].pendingAct == .cancellation)
        #expect(decoded.entries[0].pendingAct == nil)
    }

    @Test func aTruncatedBodyIsRefusedAsUnreadable() throws {
        let body = try Self.body(SyncBatch(kioskID: "K1", auditHead: Self.head, anchorProof: nil,
                                           entries: [Self.entry()]))
        let problem = try #require(throws: BatchProblem.self) {
            try SyncBatch.decode(body.prefix(body.count / 2), signedBy: "K1")
        }
        #expect(problem.reason.contains("truncated or corrupted"))
    }

    @Test func aBatchSignedByAnotherKioskIsRefused() throws {
        let body = try Self.body(SyncBatch(kioskID: "K1", auditHead: Self.head, anchorProof: nil,
                                           entries: [Self.entry()]))
        #expect(throws: BatchProblem.kioskMismatch(batch: "K1", signer: "K2")) {
            try SyncBatch.decode(body, signedBy: "K2")
        }
    }

    @Test func oneBadEntryRefusesTheWholeBatchNamingIt() throws {
        let good = Self.entry()
        let cases: [(SyncBatch, BatchProblem)] = [
            (SyncBatch(kioskID: "K1", auditHead: Self.head, anchorProof: nil, entries: [good, good]),
             .duplicateEntry(index: 1)),
            (SyncBatch(kioskID: "K1", auditHead: Self.head, anchorProof: nil,
                       entries: [good, Self.entry(payload: "not json")]), .badEntry(index: 1, field: "payload")),
            (SyncBatch(kioskID: "K1", auditHead: Self.head, anchorProof: nil, entries: [Self.entry("drop table")]),
             .badEntry(index: 0, field: "kind")),
            (SyncBatch(kioskID: "K1", auditHead: AuditHead(sequence: 1, hash: "xyz"), anchorProof: nil,
                       entries: [good]), .badAuditHead),
            (SyncBatch(kioskID: "K1", auditHead: Self.head, anchorProof: nil, entries: []), .empty),
        ]
        for (batch, problem) in cases {
            #expect(throws: problem) { try SyncBatch.decode(try Self.body(batch), signedBy: "K1") }
        }
    }

    @Test func entryKeysPrintAndParseAsKioskSlashUUID() throws {
        let key = EntryKey(kioskID: "450101-a", entryID: UUID())
        #expect(EntryKey(text: key.description) == key)
        #expect(EntryKey(text: "no-slash") == nil)
        #expect(EntryKey(text: "K1/not-a-uuid") == nil)
    }

    @Test func everyPendingActTravelsAsAnEntryKindThatMapsBackToIt() {
        for act in PendingActKind.allCases {
            #expect(PendingActKind.forEntryKind(act.entryKind) == act)
        }
        #expect(PendingActKind.forEntryKind("enrolment") == nil)
    }
}

struct BatchCompressionTests {
    @Test func aCompressedBatchExpandsToTheSameBytesAndIsSmaller() throws {
        let batch = SyncBatch(kioskID: "K1", auditHead: SyncBatchTests.head, anchorProof: nil,
                              entries: (0..<50).map { _ in SyncBatchTests.entry() })
        let body = try SyncJSON.encoder().encode(batch)
        let packed = try BatchCompression.compress(body)
        #expect(packed.count < body.count / 2)
        #expect(try BatchCompression.expand(packed) == body)
    }

    @Test func aTruncatedOrCorruptedGzipBodyIsAProblemNotACrash() throws {
        let packed = try BatchCompression.compress(Data(String(repeating: "entry ", count: 500).utf8))
        #expect(throws: BatchProblem.self) { try BatchCompression.expand(packed.prefix(packed.count / 2)) }
        #expect(throws: BatchProblem.self) { try BatchCompression.expand(Data("not gzip at all".utf8)) }
    }
}
