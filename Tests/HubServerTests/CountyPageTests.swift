@testable import HubServer
import KioskDomain
import SyncProtocol
import Testing

struct CountyPageTests {
    let counts = [
        KioskEntryCount(kioskID: "450124100210-1", entries: 120, pendingActs: 2, lastSyncAt: "2026-11-30T04:00:00.000Z"),
        KioskEntryCount(kioskID: "450124100211-<b>", entries: 30, pendingActs: 0, lastSyncAt: nil),
    ]
    let findings = [AuditFinding(kioskID: "450124100211-<b>", foundAt: "2026-11-30T05:00:00.000Z", problem: "cut")]
    let figures = ["450124100210-1": VillageFigures(villageCode: "450124100210", computedAt: "2026-11-30T04:00:00.000Z",
                                                    adults: 200, insured: 191, taskItemsJudged: 8, taskItemsMet: 6,
                                                    waiting: 12)]
    let policies = HubPolicies.shipped

    /// The shipped tables with every coverage target replaced: the page must judge by the table, not by a constant.
    func policies(targetPerMille: Int) -> PolicyBook {
        PolicyBook(tables: HubPolicies.shipped.tables.map { table in
            var table = table
            table.coverageTargetPerMille = targetPerMille
            return table
        })
    }

    @Test("the page shows each kiosk in Chinese with a bar scaled to the largest, and unreported figures as -")
    func thePageShowsEachKiosk() {
        let page = CountyPage.html(counts: counts, findings: findings, figures: [:], policies: policies, generatedAt: "2026-11-30T06:00:00.000Z")
        #expect(page.contains("县级汇聚：村级终端同步情况"))
        #expect(page.contains("终端 2 台，已收记录 150 条，待县级审批 2 件；审计链异常 1 台"))
        #expect(page.contains(#"<rect x="0" y="1" width="200""#))
        #expect(page.contains(#"<rect x="0" y="1" width="50""#))
        #expect(page.contains("从未同步") && page.contains("审计链异常"))
        #expect(!page.contains("<b>") && page.contains("&lt;b&gt;"))
        #expect(!page.contains("<script"))
        #expect(page.contains("参保覆盖率达到目标的村 0 / 0"))
    }

    @Test("coverage against the table's 95 % target and the task list show with bars, a target line and the shortfall")
    func coverageAndTaskList() {
        let page = CountyPage.html(counts: counts, findings: findings, figures: figures, policies: policies, generatedAt: "2026-11-30T06:00:00.000Z")
        #expect(page.contains("95.5%（191 / 200，达标）"))
        #expect(page.contains(##"<rect x="0" y="1" width="191" height="12" fill="#2e7d32">"##))
        #expect(page.contains(#"<line x1="190""#), "the 95 % target is drawn")
        #expect(page.contains("6 / 8 ") && page.contains(#"aria-label="任务清单 6 / 8 项达标""#))
        #expect(page.contains(#"<rect x="0" y="1" width="150""#), "6 of 8 is three quarters of the bar")
        #expect(page.contains("<td>12</td>"), "entries waiting at the last contact")
        #expect(page.contains("参保覆盖率达到目标的村 1 / 1"))
        var short = figures
        short["450124100210-1"]?.insured = 180
        let below = CountyPage.html(counts: counts, findings: [], figures: short, policies: policies, generatedAt: "x")
        #expect(below.contains("90.0%（180 / 200，差 10 人）") && below.contains("#c62828"))
    }

    @Test("each village is judged against the target of the policy table in force for it, and unjudged without one")
    func theTargetComesFromThePolicyTable() {
        var short = figures
        short["450124100210-1"]?.insured = 180
        let lower = CountyPage.html(counts: counts, findings: [], figures: short, policies: policies(targetPerMille: 900),
                                    generatedAt: "x")
        #expect(lower.contains("90.0%（180 / 200，达标）") && lower.contains(#"<line x1="180""#))
        let csv = CountyPage.csv(counts: counts, findings: [], figures: short, policies: policies(targetPerMille: 900))
        #expect(csv.contains(",200,180,90.0,90.0,yes,"))
        let none = CountyPage.html(counts: counts, findings: [], figures: short, policies: PolicyBook(tables: []),
                                   generatedAt: "x")
        #expect(none.contains("90.0%（180 / 200，无在用政策表，未评）") && none.contains("参保覆盖率达到目标的村 0 / 1"))
    }

    @Test("the CSV holds the same figures, empty where a kiosk reported none")
    func theCSVHoldsTheSameFigures() {
        let csv = CountyPage.csv(counts: counts, findings: findings, figures: figures, policies: policies)
        #expect(csv == [
            "kiosk,village,last_sync,entries,waiting_at_last_contact,pending_acts,adults,insured,coverage_percent,"
                + "target_percent,meets_target,task_items_met,task_items_judged,figures_computed_at,audit_finding",
            "450124100210-1,450124100210,2026-11-30T04:00:00.000Z,120,12,2,200,191,95.5,95.0,yes,6,8,2026-11-30T04:00:00.000Z,no",
            "450124100211-<b>,,,30,,0,,,,,,,,,yes",
        ].joined(separator: "\r\n") + "\r\n")
    }
}
