import Foundation
import KioskDomain
import KioskStore
import SyncProtocol

/// The county's page (plain HTML, no script) and the same figures as CSV: per kiosk its village, the last sync, the
/// entries stored, the entries it held unsent at its last contact, the acts waiting for a decision, the village's
/// coverage against the target in force for it and the annex task list's progress, with bars drawn as inline SVG; kiosks whose
/// audit history the hub found rewritten or cut are marked.
public enum CountyPage {
    /// Where the CSV is served.
    public static let csvPath = "/county.csv"

    /// The page's HTML, in Chinese, for county staff.
    public static func html(counts: [KioskEntryCount], findings: [AuditFinding], figures: [String: VillageFigures],
                            policies: PolicyBook, generatedAt: String) -> String {
        let most = max(counts.map(\.entries).max() ?? 0, 1)
        let flagged = Set(findings.map(\.kioskID))
        var rows = ""
        for count in counts {
            let mark = flagged.contains(count.kioskID) ? "<strong>审计链异常</strong>" : "正常"
            let village = figures[count.kioskID]
            rows += """
                <tr><td>\(escape(count.kioskID))</td><td>\(escape(village?.villageCode ?? "-"))</td>\
                <td>\(escape(count.lastSyncAt ?? "从未同步"))</td>\
                <td>\(count.entries) \(bar(count.entries, of: most, label: "\(count.entries) 条记录"))</td>\
                <td>\(village.map { String($0.waiting) } ?? "-")</td><td>\(count.pendingActs)</td>\
                <td>\(coverageCell(village, policies: policies))</td><td>\(taskCell(village))</td><td>\(mark)</td></tr>

                """
        }
        let summary = summary(counts: counts, findings: findings, figures: figures, policies: policies)
        return """
            <!DOCTYPE html>
            <html lang="zh-Hans"><head><meta charset="utf-8"><title>县级汇聚：村级终端同步情况</title>
            <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}\
            td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style></head><body>
            <h1>县级汇聚：村级终端同步情况</h1>
            <p>终端 \(summary.kiosks) 台，已收记录 \(summary.entries) 条，待县级审批 \(summary.pendingActs) 件；\
            审计链异常 \(summary.flagged) 台。参保覆盖率达到目标的村 \(summary.villagesMeetingTarget) / \(summary.villagesReporting)。\
            生成时间 \(escape(generatedAt))</p>
            <table><tr><th>终端</th><th>村</th><th>最近同步</th><th>已收记录</th><th>上次联系时待传</th><th>待审批</th>\
            <th>参保覆盖率（对照目标）</th><th>任务清单（达标 / 已评）</th><th>审计链</th></tr>
            \(rows)</table>
            <p>覆盖率与任务清单由各终端同步时上报；“-”表示该终端尚未上报。</p>
            <p><a href="\(csvPath)">下载 CSV</a> · <a href="\(ReceiptCheckPage.path)">回执核验</a></p>
            </body></html>

            """
    }

    /// The page's summary: kiosks, entries stored, acts pending, kiosks with an audit finding, and the villages
    /// meeting the coverage target in force for them among those reporting figures.
    public struct Summary: Hashable, Sendable {
        public var kiosks: Int
        public var entries: Int
        public var pendingActs: Int
        public var flagged: Int
        public var villagesMeetingTarget: Int
        public var villagesReporting: Int
    }

    /// The summary of these figures.
    public static func summary(counts: [KioskEntryCount], findings: [AuditFinding], figures: [String: VillageFigures],
                               policies: PolicyBook) -> Summary {
        let reporting = figures.values.filter { $0.adults > 0 }
        let meeting = reporting.filter { village in
            HubPolicies.coverageTarget(for: village, in: policies).map { coverage(village).meets(targetPerMille: $0) } ?? false
        }.count
        return Summary(kiosks: counts.count, entries: counts.reduce(0) { $0 + $1.entries },
                       pendingActs: counts.reduce(0) { $0 + $1.pendingActs }, flagged: Set(findings.map(\.kioskID)).count,
                       villagesMeetingTarget: meeting, villagesReporting: reporting.count)
    }

    /// The same figures as CSV (UTF-8, one line a kiosk; cells a spreadsheet would run as formulas neutralised).
    public static func csv(counts: [KioskEntryCount], findings: [AuditFinding], figures: [String: VillageFigures],
                           policies: PolicyBook) -> String {
        let table = table(counts: counts, findings: findings, figures: figures, policies: policies)
        return CSVWriter.text(header: table.header, rows: table.rows)
    }

    /// The CSV's columns and its rows, one a kiosk.
    public static func table(counts: [KioskEntryCount], findings: [AuditFinding], figures: [String: VillageFigures],
                             policies: PolicyBook) -> (header: [String], rows: [[String]]) {
        let flagged = Set(findings.map(\.kioskID))
        let header = ["kiosk", "village", "last_sync", "entries", "waiting_at_last_contact", "pending_acts", "adults",
                      "insured", "coverage_percent", "target_percent", "meets_target", "task_items_met", "task_items_judged",
                      "figures_computed_at", "audit_finding"]
        let rows = counts.map { count -> [String] in
            let village = figures[count.kioskID]
            let rate = village.map(coverage)
            let target = village.flatMap { HubPolicies.coverageTarget(for: $0, in: policies) }
            return [count.kioskID, village?.villageCode ?? "", count.lastSyncAt ?? "", String(count.entries),
                    village.map { String($0.waiting) } ?? "", String(count.pendingActs),
                    village.map { String($0.adults) } ?? "", village.map { String($0.insured) } ?? "",
                    rate.map(percentText) ?? "", target.map { percentNumber(perMille: $0) } ?? "",
                    rate.flatMap { rate in target.map { rate.meets(targetPerMille: $0) ? "yes" : "no" } } ?? "",
                    village.map { String($0.taskItemsMet) } ?? "", village.map { String($0.taskItemsJudged) } ?? "",
                    village?.computedAt ?? "", flagged.contains(count.kioskID) ? "yes" : "no"]
        }
        return (header, rows)
    }

    static func coverage(_ figures: VillageFigures) -> CoverageFigures {
        CoverageFigures(adults: figures.adults, insured: figures.insured)
    }

    /// `95.5`: the share as a percentage with one decimal and no sign, for the CSV's number cells.
    static func percentText(_ rate: CoverageFigures) -> String { percentNumber(perMille: rate.perMille) }

    /// `CoverageFigures.percentText` (the one formatting of a per-mille figure) without its `%`.
    static func percentNumber(perMille: Int) -> String { String(CoverageFigures.percentText(perMille: perMille).dropLast()) }

    static func coverageCell(_ figures: VillageFigures?, policies: PolicyBook) -> String {
        guard let figures, figures.adults > 0 else { return "-" }
        let rate = coverage(figures)
        let width = rate.perMille / 5
        guard let target = HubPolicies.coverageTarget(for: figures, in: policies) else {
            return "\(percentText(rate))%（\(figures.insured) / \(figures.adults)，无在用政策表，未评）"
        }
        let meets = rate.meets(targetPerMille: target)
        let fill = meets ? "#2e7d32" : "#c62828"
        let verdict = meets ? "达标" : "差 \(rate.short(ofTargetPerMille: target)) 人"
        let targetText = CoverageFigures.percentText(perMille: target)
        // The bar is 200 px for 100 %; the line marks the target in force for the village.
        return """
            \(percentText(rate))%（\(figures.insured) / \(figures.adults)，\(verdict)） \
            <svg width="204" height="14" role="img" aria-label="参保覆盖率 \(percentText(rate))%，目标 \(targetText)">\
            <rect x="0" y="1" width="\(width)" height="12" fill="\(fill)"></rect>\
            <line x1="\(target / 5)" y1="0" x2="\(target / 5)" y2="14" stroke="#000" stroke-width="2"></line></svg>
            """
    }

    static func taskCell(_ figures: VillageFigures?) -> String {
        guard let figures else { return "-" }
        return "\(figures.taskItemsMet) / \(figures.taskItemsJudged) "
            + bar(figures.taskItemsMet, of: max(figures.taskItemsJudged, 1),
                  label: "任务清单 \(figures.taskItemsMet) / \(figures.taskItemsJudged) 项达标")
    }

    static func bar(_ value: Int, of most: Int, label: String) -> String {
        let width = Int((Double(value) / Double(most) * 200).rounded())
        return """
            <svg width="204" height="14" role="img" aria-label="\(escape(label))">\
            <rect x="0" y="1" width="\(width)" height="12" fill="#1f5fa8"></rect></svg>
            """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
