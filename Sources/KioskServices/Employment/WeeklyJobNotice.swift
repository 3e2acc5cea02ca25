import KioskDomain
import KioskFlows

/// The weekly job notice (岗位信息发布): the open jobs as lines for the receipt printer and the notice board, and the
/// same as one text for the village WeChat group; texts from the string tables.
public enum WeeklyJobNotice {
    /// The most jobs on one notice (the newest; assumed, to fit a receipt).
    public static let maximumJobs = 12

    /// The jobs a notice lists on a day: open, newest first, at most `maximumJobs`.
    public static func jobs(_ all: [JobPosting], on day: CivilDate) -> [JobPosting] {
        Array(all.filter { $0.isOpen(on: day) }.sorted { ($0.postedOn, $1.id) > ($1.postedOn, $0.id) }.prefix(maximumJobs))
    }

    /// The notice's lines.
    public static func lines(_ jobs: [JobPosting], on day: CivilDate, strings: StringCatalog, language: Language = .chinese) -> [String] {
        var lines = [strings.text("employment.notice.title", language, ["date": day.iso, "count": "\(jobs.count)"])]
        for (index, job) in jobs.enumerated() {
            lines.append(strings.text("employment.notice.job", language, [
                "number": "\(index + 1)", "title": job.title, "employer": job.employer,
                "place": strings.text(job.place.messageKey, language), "min": "\(job.wageMin)", "max": "\(job.wageMax)",
                "headcount": "\(job.placesLeft)", "contact": job.contact,
            ]))
        }
        lines.append(strings.text("employment.notice.footer", language))
        return lines
    }

    /// The text for the WeChat group: the same lines, one paragraph.
    public static func weChatText(_ lines: [String]) -> String { lines.joined(separator: "\n") }

    /// The notice-board sheet: an A4 HTML page (title, one row a job, footer), every text escaped.
    public static func html(_ lines: [String]) -> String {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        let title = escaped(lines.first ?? "")
        let rows = lines.dropFirst().dropLast().map { "<li>\(escaped($0))</li>" }.joined(separator: "\n")
        let footer = lines.count > 1 ? escaped(lines.last ?? "") : ""
        return """
            <!DOCTYPE html>
            <html lang="zh-Hans"><head><meta charset="utf-8"><title>\(title)</title>
            <style>@page { size: A4; margin: 18mm } body { font-family: sans-serif; font-size: 16pt }
            h1 { font-size: 24pt } li { margin: 0.4em 0 }</style></head>
            <body><h1>\(title)</h1>
            <ol style="list-style: none; padding: 0">
            \(rows)
            </ol>
            <p>\(footer)</p></body></html>

            """
    }
}
