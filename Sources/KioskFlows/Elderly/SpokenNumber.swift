/// Numbers and amounts of money as Mandarin says them, for the voice of elderly mode:
/// 105 is "一百零五", 10005 "一万零五", 1,234.50 元 "一千二百三十四元五角".
///
/// The reading follows the usual spoken form of Chinese numerals (GB/T 15835-2011, 出版物上数字用法,
/// on when numbers are written and read in Chinese; the spoken forms of 十 and 零 here are assumed from
/// common usage): a leading 一十 is said 十, runs of zeros inside a number are one 零, zeros at the end are not said.
public enum SpokenNumber {
    static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let smallUnits = ["", "十", "百", "千"]
    private static let largeUnits = ["", "万", "亿", "万亿"]

    /// A whole number in words: 0 "零", 10 "十", 110 "一百一十", 100000 "十万"; negative numbers with 负.
    public static func chinese(_ number: Int) -> String {
        if number == 0 { return "零" }
        if number < 0 { return "负" + chinese(number == Int.min ? Int.max : -number) }
        var groups: [Int] = []
        var rest = number
        while rest > 0 {
            groups.append(rest % 10_000)
            rest /= 10_000
        }
        var result = ""
        var zeroPending = false
        for index in stride(from: groups.count - 1, through: 0, by: -1) {
            let group = groups[index]
            if group == 0 {
                zeroPending = !result.isEmpty
                continue
            }
            if !result.isEmpty, zeroPending || group < 1000 { result += "零" }
            result += fourDigits(group) + largeUnits[min(index, largeUnits.count - 1)]
            zeroPending = false
        }
        if result.hasPrefix("一十") { result.removeFirst() }
        return result
    }

    /// 1...9999 in words, inner zeros said once, trailing zeros not said: 1005 "一千零五", 1200 "一千二百".
    private static func fourDigits(_ group: Int) -> String {
        var result = ""
        var zero = false
        for position in stride(from: 3, through: 0, by: -1) {
            let digit = group / power(position) % 10
            if digit == 0 {
                zero = !result.isEmpty
                continue
            }
            if zero { result += "零" }
            result += String(digits[digit]) + smallUnits[position]
            zero = false
        }
        return result
    }

    private static func power(_ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }

    /// An amount in fen as yuan, jiao and fen: 123450 "一千二百三十四元五角", 5 "五分", 105 "一元零五分", 0 "零元".
    public static func yuan(fen: Int) -> String {
        if fen < 0 { return "负" + yuan(fen: -fen) }
        let yuan = fen / 100, jiao = fen / 10 % 10, rest = fen % 10
        var result = yuan > 0 || (jiao == 0 && rest == 0) ? chinese(yuan) + "元" : ""
        if jiao > 0 {
            result += String(digits[jiao]) + "角"
        } else if rest > 0, yuan > 0 {
            result += "零"
        }
        if rest > 0 { result += String(digits[rest]) + "分" }
        return result
    }
}
