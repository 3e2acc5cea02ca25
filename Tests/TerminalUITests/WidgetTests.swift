import Testing
@testable import TerminalUI

struct WidgetTests {
    @Test func titleBarSpansTheRowWithTitleLeftAndTrailingRight() {
        var grid = Grid(width: 30, height: 2)
        TitleBar(title: "村级就业社保服务", trailing: "08:30").draw(in: &grid, row: 0, theme: .standard)
        #expect(grid.lines == [" 村级就业社保服务       08:30", ""])
        #expect(grid[29, 0].style == Theme.standard.title)
        #expect(grid[0, 1].style == .plain)
    }

    @Test func titleBarTruncatesTheTitleToKeepTheTrailingText() {
        var grid = Grid(width: 16, height: 1)
        TitleBar(title: "城乡居民基本养老保险", trailing: "12:00").draw(in: &grid, row: 0, theme: .standard)
        #expect(grid.lines == [" 城乡居…  12:00"])
    }

    @Test func numberedMenuMarksTheSelectedRowAndDimsDisabledItems() {
        let theme = Theme.standard
        var grid = Grid(width: 20, height: 4)
        let menu = NumberedMenu(items: [
            MenuItem(key: "1", label: "参保登记"),
            MenuItem(key: "2", label: "缴费"),
            MenuItem(key: "3", label: "待遇申领", enabled: false),
            MenuItem(key: "0", label: "退出"),
        ], selected: 1)
        menu.draw(in: &grid, rect: Rect(x: 1, y: 0, width: 18, height: 4), theme: theme)
        #expect(grid.lines == [
            "   [1] 参保登记",
            " ▶ [2] 缴费",
            "   [3] 待遇申领",
            "   [0] 退出",
        ])
        #expect(grid[3, 0].style == theme.menuKey)
        #expect(grid[7, 0].style == theme.menuItem)
        #expect(grid[1, 1].style == theme.menuSelected && grid[18, 1].style == theme.menuSelected)
        #expect(grid[7, 2].style == theme.hint)
    }

    @Test func numberedMenuTruncatesLabelsAndDrawsOnlyRowsThatFit() {
        var grid = Grid(width: 14, height: 3)
        let items = (1...5).map { MenuItem(key: "\($0)", label: "灵活就业人员登记") }
        NumberedMenu(items: items, selected: nil).draw(in: &grid, rect: Rect(x: 0, y: 0, width: 14, height: 2), theme: .highContrast)
        #expect(grid.lines == ["  [1] 灵活就…", "  [2] 灵活就…", ""])
    }

    @Test func formFieldShowsLabelValueAndReversedCursor() {
        let theme = Theme.standard
        var grid = Grid(width: 20, height: 1)
        FormField(label: "电话", value: "1388", cursor: 4).draw(in: &grid, rect: Rect(x: 0, y: 0, width: 20, height: 1), theme: theme)
        #expect(grid.lines == ["电话 1388"])
        #expect(grid[5, 0].style == theme.fieldFocused)
        #expect(grid[9, 0].style == theme.fieldFocused.reversed)
        #expect(grid[19, 0].style == theme.fieldFocused)
        #expect(grid[19, 0].style.underline)
    }

    @Test func formFieldMasksThePinAndAlignsToTheLabelWidth() {
        var grid = Grid(width: 20, height: 1)
        FormField(label: "密码", value: "123456", cursor: nil, masked: true, labelWidth: 8)
            .draw(in: &grid, rect: Rect(x: 0, y: 0, width: 20, height: 1), theme: .standard)
        #expect(grid.lines == ["密码    ●●●●●●"])
        #expect(grid[8, 0].style == Theme.standard.field)
    }

    @Test func formFieldScrollsToKeepTheCursorVisibleAndShowsPlaceholder() {
        let theme = Theme.standard
        var grid = Grid(width: 10, height: 2)
        FormField(label: "地址", value: "广西南宁市青秀区", cursor: 8).draw(in: &grid, rect: Rect(x: 0, y: 0, width: 10, height: 1), theme: theme)
        #expect(grid.lines[0] == "地址 秀区")
        #expect(grid[9, 0].style == theme.fieldFocused.reversed)
        FormField(label: "地址", value: "广西南宁市青秀区", cursor: 1).draw(in: &grid, rect: Rect(x: 0, y: 0, width: 10, height: 1), theme: theme)
        #expect(grid.lines[0] == "地址 广西")
        #expect(grid[7, 0].style == theme.fieldFocused.reversed && grid[7, 0].text == "西")
        FormField(label: "姓名", value: "", cursor: nil, placeholder: "请输入").draw(in: &grid, rect: Rect(x: 0, y: 1, width: 10, height: 1), theme: theme)
        #expect(grid.lines[1] == "姓名 请输")
        #expect(grid[5, 1].style.foreground == theme.hint.foreground)
    }

    @Test func statusLineFillsTheRow() {
        var grid = Grid(width: 25, height: 1)
        StatusLine(leading: "0 返回  Esc 退出", trailing: "协管员").draw(in: &grid, row: 0, theme: .standard)
        #expect(grid.lines == [" 0 返回  Esc 退出 协管员"])
        #expect(grid[0, 0].style == Theme.standard.status)
    }

    @Test func messageBoxIsCentredFramedAndWrapsItsBody() {
        var grid = Grid(width: 30, height: 10)
        MessageBox(title: "提示", body: "请将社会保障卡插入读卡器，芯片朝上。", kind: .info, footer: "按回车继续")
            .draw(in: &grid, within: Rect(x: 0, y: 0, width: 30, height: 10), theme: .standard)
        #expect(grid.lines == [
            "",
            "  ┌─ 提示 ─────────────────┐",
            "  │                        │",
            "  │ 请将社会保障卡插入读卡 │",
            "  │ 器，芯片朝上。         │",
            "  │                        │",
            "  │ 按回车继续             │",
            "  │                        │",
            "  └────────────────────────┘",
            "",
        ])
    }

    @Test func messageBoxKindShowsInTheFrameNotOnlyInColour() {
        var grid = Grid(width: 24, height: 5)
        MessageBox(title: "错误", body: "读卡失败", kind: .error).draw(in: &grid, within: Rect(x: 0, y: 0, width: 24, height: 5), theme: .highContrast)
        #expect(grid.lines == [
            "  ╔═ 错误 ═══════════╗",
            "  ║                  ║",
            "  ║ 读卡失败         ║",
            "  ║                  ║",
            "  ╚══════════════════╝",
        ])
        #expect(grid[2, 0].style.background == Theme.highContrast.error.background)
    }

    @Test func messageBoxDropsPaddingAndShortensTheBodyWhenTheAreaIsLow() {
        var grid = Grid(width: 24, height: 4)
        MessageBox(title: "警告", body: "第一行\n第二行\n第三行", kind: .warning).draw(in: &grid, within: Rect(x: 0, y: 0, width: 24, height: 4), theme: .standard)
        #expect(grid.lines == [
            "  ┏━ 警告 ━━━━━━━━━━━┓",
            "  ┃ 第一行           ┃",
            "  ┃ 第二行…          ┃",
            "  ┗━━━━━━━━━━━━━━━━━━┛",
        ])
    }
}
