import Testing
@testable import TerminalUI

/// The block-character bar chart: exact cells for known values, rounding to the eighth, the target mark, and
/// column widths with CJK labels.
struct BarChartTests {
    @Test("known values fill exact cells in eighths", arguments: [
        (50, 100, 10, "█████     "),
        (33, 100, 10, "███▎      "),   // 26.4 eighths → 26: 3 cells and 2/8
        (37, 100, 4, "█▌  "),          // 11.84 eighths → 12
        (100, 100, 4, "████"),
        (250, 100, 4, "████"),         // above the scale: a full bar, never past it
        (0, 100, 4, "    "),
        (-5, 100, 4, "    "),
    ])
    func knownValues(value: Int, scale: Int, width: Int, expected: String) {
        #expect(BarChart.track(value: value, scale: scale, width: width) == expected)
        #expect(DisplayWidth.of(BarChart.track(value: value, scale: scale, width: width)) == width)
    }

    @Test("half an eighth rounds up, and a value above zero always shows at least one eighth")
    func rounding() {
        #expect(BarChart.eighths(value: 1, scale: 16, width: 1) == 1)   // 0.5 → 1
        #expect(BarChart.eighths(value: 3, scale: 16, width: 1) == 2)   // 1.5 → 2
        #expect(BarChart.eighths(value: 5, scale: 32, width: 1) == 1)   // 1.25 → 1
        #expect(BarChart.eighths(value: 1, scale: 10_000, width: 10) == 1, "tiny but not nothing")
        #expect(BarChart.track(value: 1, scale: 10_000, width: 3) == "▏  ")
    }

    @Test("the target is marked in the empty part of the bar and hidden once reached")
    func target() {
        #expect(BarChart.track(value: 900, scale: 1000, width: 20, target: 950) == "██████████████████┊ ")
        #expect(BarChart.track(value: 950, scale: 1000, width: 20, target: 950) == "███████████████████ ")
        #expect(BarChart.track(value: 0, scale: 1000, width: 10, target: 500) == "    ┊     ")
    }

    @Test("rows line up whatever the labels' script: CJK labels count two columns")
    func widthsWithCJKLabels() {
        let chart = BarChart(bars: [
            .init(label: "劳动力调查", value: 923, figure: "92.3%"),
            .init(label: "Task 1", value: 500, figure: "50.0%"),
        ], maximum: 1000)
        let lines = chart.lines(width: 30)
        #expect(lines == [
            "劳动力调查 ████████████  92.3%",
            "Task 1     ██████▌       50.0%",
        ])
        #expect(lines.allSatisfy { DisplayWidth.of($0) == 30 })
    }

    @Test("a label wider than a third of the width is cut with an ellipsis")
    func longLabelsAreCut() {
        let chart = BarChart(bars: [.init(label: "城乡居民基本养老保险参保率", value: 1, figure: "1")], maximum: 1)
        let line = chart.lines(width: 24)[0]
        #expect(line.hasPrefix("城乡居… "))
        #expect(DisplayWidth.of(line) == 24)
    }

    @Test("drawn into a grid: labels, bars and figures in their cells and styles")
    func drawnCells() {
        var grid = Grid(width: 20, height: 2)
        let label = CellStyle(bold: true)
        let chart = BarChart(bars: [.init(label: "参保", value: 1, figure: "50%"), .init(label: "ab", value: 2, figure: "100%")])
        chart.draw(in: &grid, rect: Rect(x: 0, y: 0, width: 20, height: 2), labelStyle: label, barStyle: .plain)
        // Labels take 4 columns (参保 is two wide characters), figures 4; the track is 20 - 4 - 4 - 2 = 10 cells.
        #expect(grid.lines == ["参保 █████       50%", "ab   ██████████ 100%"])
        #expect(grid[0, 0].text == "参" && grid[0, 0].width == 2 && grid[1, 0].isContinuation)
        #expect(grid[0, 0].style == label)
        #expect(grid[5, 0].text == "█" && grid[5, 0].style == .plain)
        #expect(grid[10, 0].text == " ")
    }
}
