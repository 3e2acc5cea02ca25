import Foundation

/// The county's page (plain HTML, no script) and the same figures as CSV: per kiosk the last sync, the entries
/// stored and the acts waiting for a decision, with bars drawn as inline SVG; kiosks whose audit history the
/// hub found rewritten or cut are marked.
public enum CountyPage {
    /// The page's HTML, in Chinese, for county staff.
    public static func html(counts: [KioskEntryCount], findings: [AuditFinding], generatedAt: String) -> String {
        let most = max(counts.map(\.entries).max() ?? 0, 1)
        let flagged = Set(findings.map(\.kioskID))
        var rows = ""
        for count in counts {
            let width = Int((Double(count.entries) / Double(most) * 200).rounded())
            let mark = flagged.contains(count.kioskID) ? "<strong>审计链异常</strong>" : "正常"
            rows += """
                <tr><td>\(escape(count.kioskID))</td><td>\(escape(count.lastSyncAt ?? "从未同步"))</td>\
                <td>\(count.entries)</td><td>\(count.pendingActs)</td><td>\(mark)</td>\
                <td><svg width="204" height="14" role="img" aria-label="\(count.entries) 条记录">\
                <rect x="0" y="1" width="\(width)" height="12" fill="#1f5fa8"></rect></svg></td></tr>

                """
        }
        let total = counts.reduce(0) { $0 + $1.entries }
        let pending = counts.reduce(0) { $0 + $1.pendingActs }
        return """
            <!DOCTYPE html>
            <html lang="zh-Hans"><head><meta charset="utf-8"><title>县级汇聚：村级终端同步情况</title>
            <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}\
            td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style></head><body>
            <h1>县级汇聚：村级终端同步情况</h1>
            <p>终端 \(counts.count) 台，已收记录 \(total) 条，待县级审批 \(pending) 件；审计链异常 \(flagged.count) 台。生成时间 \(escape(generatedAt))</p>
            <table><tr><th>终端</th><th>最近同步</th><th>已收记录</th><th>待审批</th><th>审计链</th><th>记录数</th></tr>
            \(rows)</table>
            <p><a href="\(csvPath)">下载 CSV</a></p>
            </body></html>

            """
    }

    /// Where the CSV is served.
    public static let csvPath = "/county.csv"

    /// The same figures as CSV (UTF-8, a header line, one line a kiosk).
    public static func csv(counts: [KioskEntryCount], findings: [AuditFinding]) -> String {
        let flagged = Set(findings.map(\.kioskID))
        var lines = ["kiosk,last_sync,entries,pending_acts,audit_finding"]
        for count in counts {
            lines.append([count.kioskID, count.lastSyncAt ?? "", String(count.entries), String(count.pendingActs),
                          flagged.contains(count.kioskID) ? "yes" : "no"].map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { ",\"\n\r".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
