import Testing
@testable import TerminalUI

struct ContrastTests {
    @Test func relativeLuminanceFollowsWCAGForBlackWhiteAndPrimaries() {
        #expect(RGBColor(hex: 0x000000).relativeLuminance == 0)
        #expect(abs(RGBColor(hex: 0xFFFFFF).relativeLuminance - 1) < 1e-12)
        #expect(abs(RGBColor(hex: 0xFF0000).relativeLuminance - 0.2126) < 1e-12)
        #expect(abs(RGBColor(hex: 0x00FF00).relativeLuminance - 0.7152) < 1e-12)
        #expect(abs(RGBColor(hex: 0x0000FF).relativeLuminance - 0.0722) < 1e-12)
        // Mid grey 0x777777 is the classic 4.48:1 on white, just short of AA.
        #expect(abs(RGBColor(hex: 0x777777).relativeLuminance - 0.1844) < 0.0005)
    }

    @Test func contrastRatioIsSymmetricAndSpansOneToTwentyOne() {
        let black = RGBColor(hex: 0x000000), white = RGBColor(hex: 0xFFFFFF), grey = RGBColor(hex: 0x777777)
        #expect(RGBColor.contrastRatio(black, white) == 21)
        #expect(RGBColor.contrastRatio(white, black) == 21)
        #expect(RGBColor.contrastRatio(grey, grey) == 1)
        #expect(abs(RGBColor.contrastRatio(grey, white) - 4.48) < 0.01)
    }

    @Test func paletteResolvesDefaultsAndAppliesReverseVideo() {
        let palette = TerminalPalette.xterm
        #expect(palette.rgb(.standard, asForeground: true) == RGBColor(hex: 0xE5E5E5))
        #expect(palette.rgb(.standard, asForeground: false) == RGBColor(hex: 0x000000))
        #expect(palette.rgb(.brightBlue, asForeground: true) == RGBColor(hex: 0x5C5CFF))
        let reversed = palette.colors(of: CellStyle(foreground: .yellow, background: .blue, reverse: true))
        #expect(reversed.text == RGBColor(hex: 0x0000EE) && reversed.background == RGBColor(hex: 0xCDCD00))
        // Pure red can never carry 7:1 text on this palette: at most 5.25:1, against black.
        let reds: [TerminalColor] = [.red, .brightRed]
        let bestRed = reds.flatMap { red in
            TerminalColor.allCases.map { palette.contrastRatio(of: CellStyle(foreground: red, background: $0)) }
        }.max() ?? 0
        #expect(bestRed < 7 && bestRed > 5.2)
    }

    @Test func levelsSetTheWCAGMinimums() {
        #expect(ContrastLevel.aa.minimumRatio(for: .text) == 4.5)
        #expect(ContrastLevel.aa.minimumRatio(for: .largeText) == 3)
        #expect(ContrastLevel.aaa.minimumRatio(for: .text) == 7)
        #expect(ContrastLevel.aaa.minimumRatio(for: .largeText) == 4.5)
        #expect(ContrastLevel.aaa.minimumRatio(for: .nonText) == 3)
    }

    @Test(arguments: [TerminalPalette.xterm, TerminalPalette.linuxConsole])
    func everyHighContrastStyleMeetsSevenToOne(palette: TerminalPalette) {
        let report = Theme.highContrast.contrastReport(level: .aaa, palette: palette)
        #expect(report.count == 15)
        for entry in report {
            #expect(entry.minimum == 7, "\(entry.name) is text")
            #expect(entry.passes, "highContrast.\(entry.name): \(entry.ratio) < \(entry.minimum)")
        }
    }

    @Test func everyStandardStyleMeetsFourAndAHalfToOne() {
        let report = Theme.standard.contrastReport(level: .aa)
        #expect(report.count == 15)
        for entry in report {
            #expect(entry.passes, "standard.\(entry.name): \(entry.ratio) < \(entry.minimum)")
        }
    }
}
