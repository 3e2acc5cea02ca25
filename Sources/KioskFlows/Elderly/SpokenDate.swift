/// Dates as Mandarin says them: the year digit by digit, month and day as numbers,
/// 2026-12-01 is "二〇二六年十二月一日" (GB/T 15835-2011 writes a year's zero as 〇).
public enum SpokenDate {
    /// The date in words; the year's digits one by one.
    public static func chinese(year: Int, month: Int, day: Int) -> String {
        let yearDigits = String(year).map { character -> String in
            guard let value = character.wholeNumberValue else { return String(character) }
            return value == 0 ? "〇" : String(SpokenNumber.digits[value])
        }.joined()
        return yearDigits + "年" + SpokenNumber.chinese(month) + "月" + SpokenNumber.chinese(day) + "日"
    }
}
