import Testing
@testable import TerminalUI

struct TextLayoutTests {
    @Test func wrapsChineseAnywhereBetweenCharacters() {
        #expect(TextLayout.wrap("城乡居民基本养老保险", width: 8) == ["城乡居民", "基本养老", "保险"])
        #expect(TextLayout.wrap("城乡居民基本养老保险", width: 7) == ["城乡居", "民基本", "养老保", "险"])
    }

    @Test func wrapsLatinWordsAtSpacesAndSplitsOverlongWords() {
        #expect(TextLayout.wrap("please insert your card", width: 10) == ["please", "insert", "your card"])
        #expect(TextLayout.wrap("supercalifragilistic is long", width: 8) == ["supercal", "ifragili", "stic is", "long"])
    }

    @Test func wrapsMixedChineseAndEnglish() {
        #expect(TextLayout.wrap("请插入社保卡 Social Security Card", width: 12) == ["请插入社保卡", "Social", "Security", "Card"])
        #expect(TextLayout.wrap("按Enter键确认", width: 6) == ["按", "Enter", "键确认"])
        #expect(TextLayout.wrap("PIN码错误", width: 6) == ["PIN码", "错误"])
    }

    @Test func keepsClosingPunctuationOffTheStartOfALine() {
        #expect(TextLayout.wrap("您好，欢迎。", width: 4) == ["您", "好，", "欢", "迎。"])
        #expect(TextLayout.wrap("缴费成功！请取回卡片。", width: 10) == ["缴费成功！", "请取回卡", "片。"])
        #expect(TextLayout.wrap("请选择（1）", width: 8) == ["请选择", "（1）"])
        for line in TextLayout.wrap("一二三四五六七，八九十。甲乙丙丁、戊己庚辛；壬癸！", width: 6) {
            #expect(!["，", "。", "、", "；", "！"].contains(line.first), "\(line)")
            #expect(DisplayWidth.of(line) <= 6, "\(line)")
        }
    }

    @Test func honoursLineBreaksAndKeepsEmptyLines() {
        #expect(TextLayout.wrap("第一行\n\n第三行", width: 20) == ["第一行", "", "第三行"])
        #expect(TextLayout.wrap("", width: 20) == [])
        #expect(TextLayout.wrap("abc", width: 0) == [])
    }

    @Test func truncatesWithAnEllipsisOnlyWhenCut() {
        #expect(TextLayout.truncate("社会保障卡", width: 10) == "社会保障卡")
        #expect(TextLayout.truncate("社会保障卡", width: 9) == "社会保障…")
        #expect(TextLayout.truncate("社会保障卡", width: 8) == "社会保…")
        #expect(TextLayout.truncate("Contribution", width: 6) == "Contr…")
        #expect(TextLayout.truncate("abc", width: 0) == "")
        #expect(DisplayWidth.of(TextLayout.truncate("中文English混合", width: 7)) <= 7)
    }

    @Test func alignsToExactlyTheWidth() {
        #expect(TextLayout.align("缴费", width: 8, alignment: .leading) == "缴费    ")
        #expect(TextLayout.align("缴费", width: 8, alignment: .trailing) == "    缴费")
        #expect(TextLayout.align("缴费", width: 9, alignment: .center) == "  缴费   ")
        #expect(TextLayout.align("社会保障卡", width: 8, alignment: .leading) == "社会保… ")
        for alignment in [TextAlignment.leading, .center, .trailing] {
            #expect(DisplayWidth.of(TextLayout.align("养老保险待遇", width: 9, alignment: alignment)) == 9)
        }
    }
}
