import Foundation
import Testing
@testable import KioskDomain

/// Matching: hard filters never broken, empty profiles never matched, at least 3 a month or listed, reasons in Chinese.
struct JobMatchingTests {
    typealias E = EmploymentFixtures
    typealias F = DomainFixtures
    let day = F.day("2026-11-30")

    @Test func everyHardFilterRemovesTheJobThatBreaksIt() {
        let seeker = E.seeker(E.id(1, born: "1990-05-05"))
        let jobs = [
            E.job("ok"),
            E.job("too-far", place: .otherProvince),
            E.job("expired", until: "2026-11-29"),
            E.job("not-yet", posted: "2026-12-01"),
            E.job("full", headcount: 2, filled: 2),
            E.job("too-old", age: 18...35),
            E.job("sex", sex: seeker.personID.sex == .male ? .female : .male),
            E.job("unrelated", occupation: "4-01", industry: .H, title: "服务员"),
        ]
        #expect(JobMatcher.bruteForce(seeker, jobs: jobs, on: day, limit: 10).map(\.jobID) == ["ok"])
        #expect(JobMatchIndex(jobs: jobs, on: day).matches(for: seeker, limit: 10).map(\.jobID) == ["ok"])
    }

    @Test func theLastValidDayAndTheAgeLimitsAreInclusive() {
        let seeker = E.seeker(E.id(2, born: "1991-11-30"))  // 35 on the day
        let jobs = [E.job("last-day", until: "2026-11-30"), E.job("age-35", age: 18...35)]
        #expect(Set(JobMatcher.bruteForce(seeker, jobs: jobs, on: day, limit: 10).map(\.jobID)) == ["last-day", "age-35"])
    }

    @Test func anEmptyProfileIsNeverMatchedAndIsListedAsIncomplete() {
        let empty = E.seeker(E.id(3), occupations: [], industries: [], trade: nil)
        let noPlace = E.seeker(E.id(4), farthest: nil)
        #expect(!empty.isComplete && !noPlace.isComplete)
        let jobs = (1...10).map { E.job("j\($0)") }
        #expect(JobMatcher.bruteForce(empty, jobs: jobs, on: day, limit: 5).isEmpty)
        let month = MonthlyMatching(month: E.month("2026-11"), day: day, seekers: [empty, noPlace], jobs: jobs)
        #expect(month.results.allSatisfy { $0.outcome == .profileIncomplete })
        #expect(month.profilesIncomplete == 2 && month.seekersMatched == 0)
        #expect(month.results[0].outcome.shortfall == UserMessage("employment.match.profileIncomplete"))
    }

    @Test func everySeekerGetsAtLeastThreeOrIsListedWithWhyNot() {
        let plenty = E.seeker(E.id(5))
        let rare = E.seeker(E.id(6), occupations: ["2-02"])
        let jobs = (1...6).map { E.job("c\($0)") } + [E.job("teacher", occupation: "2-02", industry: .P, title: "幼儿教师")]
        let month = MonthlyMatching(month: E.month("2026-11"), day: day, seekers: [rare, plenty], jobs: jobs)
        let byPerson = Dictionary(uniqueKeysWithValues: month.results.map { ($0.seeker.personID, $0.outcome) })
        #expect(byPerson[plenty.personID]?.matches.count == MonthlyMatching.matchesSent)
        #expect(byPerson[rare.personID] == .tooFew(byPerson[rare.personID]?.matches ?? []))
        #expect(byPerson[rare.personID]?.shortfall == UserMessage("employment.match.tooFew", ["count": "1"]))
        #expect(month.seekersMatched == 1 && month.seekersShort == 1)
    }

    @Test func theScoreRanksTradeWageAndDistanceAndGivesItsReasons() throws {
        let seeker = E.seeker(E.id(7), farthest: .otherCountyOfPrefecture, occupations: ["6-29"], trade: "电工", wage: 3500)
        let jobs = [
            E.job("far-low", place: .otherCountyOfPrefecture, wage: 2500...3000),
            E.job("near-good", place: .ownTownship, wage: 3500...4500),
            E.job("electrician", place: .ownCounty, wage: 3500...4500, title: "电工"),
        ]
        let ranked = JobMatcher.bruteForce(seeker, jobs: jobs, on: day, limit: 3)
        #expect(ranked.map(\.jobID) == ["electrician", "near-good", "far-low"])
        let best = try #require(ranked.first)
        #expect(best.reasons == [.occupation(exact: true), .trade("电工"), .place(.ownCounty),
                                 .wage(min: 3500, max: 4500, meetsExpectation: true)])
        #expect(best.reasons.map(\.userMessage.key) == ["employment.reason.occupationExact", "employment.reason.trade",
                                                         "employment.place.county", "employment.reason.wageMeets"])
    }

    @Test func theIndexGivesTheSameResultsAsTheBruteForceReference() {
        var seekers: [JobSeekerProfile] = []
        var jobs: [JobPosting] = []
        let trades = ["电工", "焊工", "家政", nil]
        for i in 0..<60 {
            let born = String(format: "19%02d-0%d-1%d", 60 + i % 40, 1 + i % 9, i % 10)
            seekers.append(E.seeker(E.id(100 + i, born: born), farthest: PlaceOfWork(rawValue: 1 + i % 5),
                                    occupations: i % 7 == 0 ? [] : ["\(1 + i % 8)-\(1 + i % 3)"],
                                    industries: i % 3 == 0 ? [.C, .E] : [], trade: trades[i % 4], wage: 2000 + 250 * (i % 12)))
        }
        for j in 0..<150 {
            jobs.append(E.job(String(format: "J%03d", j), occupation: "\(1 + j % 8)-\(1 + j % 3)",
                              industry: IndustrySection.allCases[j % 20], place: PlaceOfWork(rawValue: 1 + j % 5)!,
                              wage: (2000 + 100 * (j % 30))...(3000 + 100 * (j % 30)), headcount: 1 + j % 3, filled: j % 4 == 0 ? 3 : 0,
                              age: j % 5 == 0 ? 18...45 : nil, title: j % 6 == 0 ? "电工" : j % 6 == 1 ? "家政服务员" : "普工",
                              until: j % 9 == 0 ? "2026-11-15" : "2026-12-31"))
        }
        let index = JobMatchIndex(jobs: jobs, on: day, trades: Set(seekers.map(\.trade).compactMap { $0 }))
        for seeker in seekers {
            #expect(index.matches(for: seeker, limit: 5) == JobMatcher.bruteForce(seeker, jobs: jobs, on: day, limit: 5))
        }
    }

    @Test func aPostingNamingASexNeedsItsLegalGroundAndOtherProblemsAreNamed() {
        var job = E.job("x", sex: .male)
        #expect(job.problems.isEmpty)
        job.sexGround = " "
        #expect(job.problems == [.sexRequirementWithoutGround])
        let bad = JobPosting(id: "y", employer: "", title: "普工", occupation: OccupationCode(majorGroup: 6)!, industry: .C,
                             place: .ownCounty, wageMin: 4000, wageMax: 3000, headcount: 0, ageMin: 14, contact: "x",
                             source: .upperOffice, postedOn: F.day("2026-11-02"), validUntil: F.day("2026-11-01"))
        #expect(bad.problems == [.missing(field: "employer"), .wageRange(min: 4000, max: 3000), .headcount(0),
                                 .belowMinimumAge(14), .validUntilBeforePosted])
    }

    @Test func aUnifiedSocialCreditCodeIsCheckedByItsLastCharacter() throws {
        let first17 = "91450124MA5K0000"  + "1"
        let check = try #require(UnifiedSocialCreditCode.checkCharacter(for: first17))
        #expect(UnifiedSocialCreditCode(first17 + String(check)) != nil)
        let wrong = UnifiedSocialCreditCode.alphabet.first { $0 != check }!
        #expect(UnifiedSocialCreditCode(first17 + String(wrong)) == nil)
        #expect(UnifiedSocialCreditCode("91450124MA5K00001I") == nil)
    }
}
