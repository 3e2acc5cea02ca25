import Foundation

/// Dates, years and amounts inside a sentence put into words for the Mandarin voice:
/// "缴费 1,234.50 元" becomes "缴费 一千二百三十四元五角", "2026-12-01" becomes "二〇二六年十二月一日".
enum SpokenFigures {
    private static var date: Regex<AnyRegexOutput> { try! Regex(#"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"#) }
    private static var year: Regex<AnyRegexOutput> { try! Regex(#"([0-9]{4}) ?年"#) }
    private static var amount: Regex<AnyRegexOutput> { try! Regex(#"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]{1,2}))? ?元"#) }

    /// `text` with every date, year and amount in yuan said in words; other text kept as it is.
    static func inWords(_ text: String) -> String {
        var result = text.replacing(date) { match in
            let parts = (1...3).compactMap { match.output[$0].substring.flatMap { Int($0) } }
            guard parts.count == 3 else { return String(match.output[0].substring ?? "") }
            return SpokenDate.chinese(year: parts[0], month: parts[1], day: parts[2])
        }
        result = result.replacing(year) { match in
            let digits = String(match.output[1].substring ?? "")
            return String(SpokenDate.chinese(year: Int(digits) ?? 0, month: 1, day: 1).prefix(digits.count + 1))
        }
        result = result.replacing(amount) { match in
            let whole = Int((match.output[1].substring ?? "").replacingOccurrences(of: ",", with: "")) ?? 0
            let decimals = String(match.output[2].substring ?? "")
            let fraction = decimals.isEmpty ? 0 : (Int(decimals) ?? 0) * (decimals.count == 1 ? 10 : 1)
            return SpokenNumber.yuan(fen: whole * 100 + fraction)
        }
        return result
    }
}
