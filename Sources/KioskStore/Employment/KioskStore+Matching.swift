import Foundation
import GRDB
import KioskDomain

/// A job matched to a seeker in a month, as stored: the job, its rank and the reasons shown.
public struct StoredMatch: Hashable, Sendable {
    public var month: CalendarMonth
    public var personID: IDNumber
    public var job: JobPosting
    public var rank: Int
    public var score: Int
    public var reasons: [UserMessage]
}

/// The month's matching results and the messages that carry them.
extension KioskStore {
    /// Stores a month's matches and their SMS drafts in one transaction; matches already stored for the month are kept
    /// (running the month again adds only what is new), and a draft whose key is stored is not stored again.
    public func recordMatching(_ matching: MonthlyMatching, messages: [SMSDraft], actor: Actor,
                               at instant: Date) throws(StoreError) {
        let at = Timestamp.text(instant)
        do {
            try database.write { db in
                for (seeker, outcome) in matching.results {
                    let kind = switch outcome { case .matched: "matched"; case .tooFew: "tooFew"; case .profileIncomplete: "profileIncomplete" }
                    try db.execute(sql: """
                        INSERT INTO job_match_outcomes (month, person_id, outcome, matches, matched_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (month, person_id) DO UPDATE SET outcome = excluded.outcome, matches = excluded.matches,
                            matched_at = excluded.matched_at
                        """, arguments: [matching.month.iso, seeker.personID.value, kind, outcome.matches.count, at])
                    for (rank, match) in outcome.matches.enumerated() {
                        let reasons = String(decoding: try JSONEncoder().encode(match.reasons.map(\.userMessage)), as: UTF8.self)
                        try db.execute(sql: """
                            INSERT INTO job_matches (month, person_id, job_id, rank, score, reasons, matched_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (month, person_id, job_id) DO NOTHING
                            """, arguments: [matching.month.iso, seeker.personID.value, match.jobID, rank + 1, match.score,
                                             reasons, at])
                    }
                }
                let added = try SMSOutbox.enqueue(db, messages, at: instant)
                try AuditChain.append(db, recordedAt: at, actor: actor.auditText, personId: nil, action: "jobsMatched",
                                      receiptNumber: nil,
                                      detail: JSONText.encode(["month": matching.month.iso, "seekers": String(matching.results.count),
                                                               "matched": String(matching.seekersMatched),
                                                               "incomplete": String(matching.profilesIncomplete),
                                                               "messages": String(added)]))
            }
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }

    /// A person's stored matches for a month, best first.
    public func matches(_ person: IDNumber, month: CalendarMonth) throws -> [StoredMatch] {
        try storedMatches(sql: "WHERE m.person_id = ? AND m.month = ? ORDER BY m.rank", [person.value, month.iso])
    }

    /// Every stored match of a month.
    public func matches(month: CalendarMonth) throws -> [StoredMatch] {
        try storedMatches(sql: "WHERE m.month = ? ORDER BY m.person_id, m.rank", [month.iso])
    }

    /// Per seeker-month of a year matched: how many jobs the latest run gave (item 4's evidence).
    public func matchCounts(year: Int) throws -> [Int] {
        try database.read { db in
            try Int.fetchAll(db, sql: "SELECT matches FROM job_match_outcomes WHERE month LIKE ?", arguments: ["\(year)-%"])
        }
    }

    private func storedMatches(sql: String, _ arguments: [String]) throws -> [StoredMatch] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.month AS m_month, m.person_id AS m_person, m.rank AS m_rank, m.score AS m_score, m.reasons AS m_reasons, j.*
                FROM job_matches m JOIN job_postings j ON j.id = m.job_id
                """ + " " + sql, arguments: StatementArguments(arguments)).compactMap { row in
                guard let job = Self.jobPosting(row), let month = CalendarMonth(iso: row["m_month"]),
                      let person = try? IDNumber(row["m_person"] as String) else { return nil }
                let reasons = (try? JSONDecoder().decode([UserMessage].self, from: Data((row["m_reasons"] as String).utf8))) ?? []
                return StoredMatch(month: month, personID: person, job: job, rank: row["m_rank"], score: row["m_score"], reasons: reasons)
            }
        }
    }
}
