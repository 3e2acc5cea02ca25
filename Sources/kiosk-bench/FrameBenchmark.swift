import TerminalUI

/// Measures drawing a realistic kiosk screen into a grid and diffing it against the previous frame.
enum FrameBenchmark {
    /// Frames measured per screen size.
    static let frameCount = 2000
    /// The screen sizes measured: the smallest supported console and a large one.
    static let sizes = [TerminalSize(width: 80, height: 24), TerminalSize(width: 200, height: 60)]

    /// Runs the benchmark and returns one printable line per screen size.
    static func run() -> [String] {
        sizes.map { size in
            let timings = measure(size: size)
            return "frame \(size.width)x\(size.height), \(frameCount) frames: "
                + "render median \(format(timings.render.median)) us, p99 \(format(timings.render.p99)) us; "
                + "diff median \(format(timings.diff.median)) us, p99 \(format(timings.diff.p99)) us"
        }
    }

    /// Render and diff times in microseconds for every frame at one size.
    private static func measure(size: TerminalSize) -> (render: Percentiles, diff: Percentiles) {
        let clock = ContinuousClock()
        var renderTimes: [Double] = []
        var diffTimes: [Double] = []
        renderTimes.reserveCapacity(frameCount)
        diffTimes.reserveCapacity(frameCount)
        var previous: Grid?
        var changedCells = 0
        for frame in 0..<frameCount {
            var grid = Grid(size: size)
            let renderTime = clock.measure {
                grid = drawScreen(size: size, phoneDigits: frame % 12)
            }
            var changed: [(x: Int, y: Int)] = []
            let diffTime = clock.measure {
                changed = grid.changedPositions(since: previous)
            }
            changedCells += changed.count
            renderTimes.append(microseconds(renderTime))
            diffTimes.append(microseconds(diffTime))
            previous = grid
        }
        precondition(changedCells > 0, "the field changes every frame")
        return (Percentiles(renderTimes), Percentiles(diffTimes))
    }

    /// The contribution screen: title bar, six services, the phone field being typed, a message box, status line.
    private static func drawScreen(size: TerminalSize, phoneDigits: Int) -> Grid {
        let theme = Theme.standard
        var grid = Grid(size: size, style: theme.background)
        TitleBar(title: "村级就业社保服务站 · 城乡居民养老保险", trailing: "2026-11-30 08:30").draw(in: &grid, row: 0, theme: theme)
        let items = [
            MenuItem(key: "1", label: "参保登记"),
            MenuItem(key: "2", label: "缴费（含补缴）"),
            MenuItem(key: "3", label: "待遇申领"),
            MenuItem(key: "4", label: "待遇资格认证"),
            MenuItem(key: "5", label: "个人权益记录查询", enabled: false),
            MenuItem(key: "0", label: "退出"),
        ]
        NumberedMenu(items: items, selected: 1).draw(in: &grid, rect: Rect(x: 2, y: 2, width: size.width / 2 - 2, height: 6), theme: theme)
        let phone = String("13877120345".prefix(phoneDigits))
        FormField(label: "联系电话", value: phone, cursor: phone.count, placeholder: "请输入手机号码", labelWidth: 10)
            .draw(in: &grid, rect: Rect(x: 2, y: 9, width: size.width / 2 - 2, height: 1), theme: theme)
        MessageBox(
            title: "提示",
            body: "请确认缴费档次和缴费渠道。选择银行代扣的，请保持账户余额充足；补缴需在年满60周岁前办理。",
            kind: .info,
            footer: "按回车确认，按 0 返回"
        ).draw(in: &grid, within: Rect(x: 0, y: 11, width: size.width, height: size.height - 12), theme: theme)
        StatusLine(leading: "协管员：黄桂兰  代办", trailing: "离线 · 待上传 3 条").draw(in: &grid, row: size.height - 1, theme: theme)
        return grid
    }

    private static func microseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1_000_000 + Double(parts.attoseconds) / 1_000_000_000_000
    }

    private static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// The median and 99th percentile of a set of timings.
    private struct Percentiles {
        var median: Double
        var p99: Double

        init(_ values: [Double]) {
            median = kiosk_bench.median(values)
            p99 = percentile(values, 0.99)
        }
    }
}
