import KioskFlows
import Testing

/// Numbers, amounts and dates as the Mandarin voice says them.
struct SpokenNumberTests {
    @Test("whole numbers are said with their units, inner zeros once and a leading 一十 as 十")
    func wholeNumbers() {
        let cases: [(Int, String)] = [
            (0, "零"), (1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (105, "一百零五"), (110, "一百一十"),
            (1000, "一千"), (1005, "一千零五"), (1200, "一千二百"), (1234, "一千二百三十四"), (10005, "一万零五"),
            (10050, "一万零五十"), (12000, "一万二千"), (100000, "十万"), (100010, "十万零一十"), (110000, "十一万"),
            (1_000_000, "一百万"), (100_000_000, "一亿"), (100_010_000, "一亿零一万"), (-5, "负五"),
        ]
        for (number, words) in cases {
            #expect(SpokenNumber.chinese(number) == words, "\(number)")
        }
    }

    @Test("amounts are said in yuan, jiao and fen")
    func amounts() {
        let cases: [(Int, String)] = [
            (123_450, "一千二百三十四元五角"), (0, "零元"), (5, "五分"), (50, "五角"), (55, "五角五分"),
            (105, "一元零五分"), (1000, "十元"), (10_000, "一百元"), (1_000_050, "一万元五角"), (16_300, "一百六十三元"),
            (-250, "负二元五角"),
        ]
        for (fen, words) in cases {
            #expect(SpokenNumber.yuan(fen: fen) == words, "\(fen) fen")
        }
    }

    @Test("dates are said with the year digit by digit and 〇 for its zeros")
    func dates() {
        #expect(SpokenDate.chinese(year: 2026, month: 12, day: 1) == "二〇二六年十二月一日")
        #expect(SpokenDate.chinese(year: 2027, month: 11, day: 30) == "二〇二七年十一月三十日")
        #expect(SpokenDate.chinese(year: 1949, month: 6, day: 29) == "一九四九年六月二十九日")
    }
}
