@testable import HubServer
import Testing

struct CountyPageTests {
    let counts = [
        KioskEntryCount(kioskID: "450124100210-1", entries: 120, pendingActs: 2, lastSyncAt: "2026-11-30T04:00:00.000Z"),
        KioskEntryCount(kioskID: "450124100211-<b>", entries: 30, pendingActs: 0, lastSyncAt: nil),
    ]
    let findings = [AuditFinding(kioskID: "450124100211-<b>", foundAt: "2026-11-30T05:00:00.000Z", problem: "cut")]

    @Test func thePageShowsEachKioskInChineseWithABarScaledToTheLargest() {
        let page = CountyPage.html(counts: counts, findings: findings, generatedAt: "2026-11-30T06:00:00.000Z")
        #expect(page.contains("县级汇聚：村级终端同步情况"))
        #expect(page.contains("终端 2 台，已收记录 150 条，待县级审批 2 件；审计链异常 1 台"))
        #expect(page.contains(#"<rect x="0" y="1" width="200""#))
        #expect(page.contains(#"<rect x="0" y="1" width="50""#))
        #expect(page.contains("从未同步") && page.contains("审计链异常"))
        #expect(!page.contains("<b>") && page.contains("&lt;b&gt;"))
        #expect(!page.contains("<script"))
    }

    @Test func theCSVHoldsTheSameFigures() {
        let csv = CountyPage.csv(counts: counts, findings: findings)
        #expect(csv == """
            kiosk,last_sync,entries,pending_acts,audit_finding
            450124100210-1,2026-11-30T04:00:00.000Z,120,2,no
            450124100211-<b>,,30,0,yes

            """)
    }
}
