/// A horizontal bar chart in block characters: a label, a bar, and the figure beside it, one row a bar.
///
/// Bars are measured in eighths of a cell (`▏▎▍▌▋▊▉█`), rounded half up; a value above zero never draws as nothing
/// (at least `▏`), so a small figure is not mistaken for none. A target (e.g. 95 %) is marked `┊` in the bar's empty
/// part. The figure is always written as text, so nothing is told by colour alone.
public struct BarChart: Sendable, Equatable {
    /// One row of the chart.
    public struct Bar: Sendable, Equatable {
        /// Text before the bar (a year, a village, a task); CJK counts two columns.
        public var label: String
        /// The bar's length in the chart's unit (fen, per-mille, a count); negative counts as zero.
        public var value: Int
        /// The figure written after the bar, already formatted.
        public var figure: String

        /// A bar.
        public init(label: String, value: Int, figure: String) {
            self.label = label
            self.value = value
            self.figure = figure
        }
    }

    /// The eighth blocks from one eighth to seven eighths.
    static let partialBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    /// A whole cell.
    public static let fullBlock: Character = "█"
    /// The target mark.
    public static let targetMark: Character = "┊"

    public var bars: [Bar]
    /// The value a full bar stands for; the largest value when nil.
    public var maximum: Int?
    /// A value marked on every bar's track, when given.
    public var target: Int?
    /// The widest the label column may be; a third of the width when nil.
    public var maxLabelWidth: Int?

    /// A chart.
    public init(bars: [Bar], maximum: Int? = nil, target: Int? = nil, maxLabelWidth: Int? = nil) {
        self.bars = bars
        self.maximum = maximum
        self.target = target
        self.maxLabelWidth = maxLabelWidth
    }

    /// The scale: the given maximum, or the largest value (at least 1).
    public var scale: Int { max(1, maximum ?? bars.map(\.value).max() ?? 1) }

    /// Eighths of a cell a value fills in a track of `width` cells, rounded half up; at least 1 above zero.
    public static func eighths(value: Int, scale: Int, width: Int) -> Int {
        guard value > 0, width > 0, scale > 0 else { return 0 }
        let total = width * 8
        let filled = min(total, (2 * value * total + scale) / (2 * scale))
        return max(1, filled)
    }

    /// The bar of a value as block characters, padded with spaces to exactly `width` cells.
    public static func track(value: Int, scale: Int, width: Int, target: Int? = nil) -> String {
        guard width > 0 else { return "" }
        let filled = eighths(value: value, scale: scale, width: width)
        var cells = Array(repeating: Character(" "), count: width)
        for index in 0..<(filled / 8) { cells[index] = fullBlock }
        let usedCells = (filled + 7) / 8
        if filled % 8 > 0 { cells[filled / 8] = partialBlocks[filled % 8 - 1] }
        if let target, target > 0 {
            let column = min(width - 1, max(0, (target * width + scale / 2) / scale - 1))
            if column >= usedCells { cells[column] = targetMark }
        }
        return String(cells)
    }

    /// Columns the labels take: the widest label.
    public var labelWidth: Int { bars.map { DisplayWidth.of($0.label) }.max() ?? 0 }
    /// Columns the figures take: the widest figure.
    public var figureWidth: Int { bars.map { DisplayWidth.of($0.figure) }.max() ?? 0 }

    /// Columns the label column takes in a chart `width` wide: the widest label, at most `maxLabelWidth` (a third).
    func labelColumns(width: Int) -> Int { min(labelWidth, max(0, maxLabelWidth ?? width / 3)) }

    /// The rows as text `width` columns wide: label (padded), a space, the bar, a space, the figure (right-aligned).
    /// Labels wider than the label column are cut with "…".
    public func lines(width: Int) -> [String] {
        let labels = labelColumns(width: width)
        let figures = figureWidth
        let trackWidth = max(1, width - labels - figures - 2)
        return bars.map { bar in
            TextLayout.align(bar.label, width: labels, alignment: .leading) + " "
                + BarChart.track(value: bar.value, scale: scale, width: trackWidth, target: target) + " "
                + TextLayout.align(bar.figure, width: figures, alignment: .trailing)
        }
    }

    /// Draws as many rows as fit in `rect`: labels in `labelStyle`, bars and figures in `barStyle`.
    public func draw(in grid: inout Grid, rect: Rect, labelStyle: CellStyle, barStyle: CellStyle) {
        let labels = labelColumns(width: rect.width)
        for (offset, line) in lines(width: rect.width).enumerated() where offset < rect.height {
            grid.write(line, x: rect.x, y: rect.y + offset, style: barStyle, maxWidth: rect.width)
            grid.write(TextLayout.align(bars[offset].label, width: labels, alignment: .leading), x: rect.x,
                       y: rect.y + offset, style: labelStyle, maxWidth: labels)
        }
    }
}
