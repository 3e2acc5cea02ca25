import Testing
@testable import TerminalUI

struct GridTests {
    @Test func newGridIsBlankAndSnapshotsAsEmptyLines() {
        let grid = Grid(width: 4, height: 2)
        #expect(grid.size == TerminalSize(width: 4, height: 2))
        #expect(grid.lines == ["", ""])
        #expect(grid[3, 1] == .blank())
    }

    @Test func wideCharacterTakesTwoCellsWithAContinuation() {
        var grid = Grid(width: 6, height: 1)
        let used = grid.write("中a", x: 1, y: 0)
        #expect(used == 3)
        #expect(grid[1, 0] == Cell(text: "中", width: 2))
        #expect(grid[2, 0] == Cell(text: "", width: 0))
        #expect(grid[3, 0].text == "a")
        #expect(grid.lines == [" 中a"])
    }

    @Test func wideCharacterNeverStartsInTheLastColumn() {
        var grid = Grid(width: 5, height: 1)
        let used = grid.write("ab中文", x: 0, y: 0)
        #expect(used == 5)
        #expect(grid.lines == ["ab中"])
        #expect(grid[4, 0] == .blank())

        grid[4, 0] = Cell(text: "字", width: 2)
        #expect(grid[4, 0] == .blank())
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.write("中文", x: 0, y: 0)
        grid.write("x", x: 1, y: 0)
        #expect(grid[0, 0] == .blank())
        #expect(grid[1, 0].text == "x")
        #expect(grid.lines == [" x文"])

        grid.write("y", x: 2, y: 0)
        #expect(grid[3, 0] == .blank())
        #expect(grid.lines == [" xy"])

        grid.write("好", x: 0, y: 0)
        grid.write("人", x: 1, y: 0)
        #expect(grid.lines == [" 人"])
        #expect(grid[0, 0] == .blank() && grid[2, 0].isContinuation)
    }

    @Test func writeClipsAtTheRightEdgeAndAtMaxWidth() {
        var grid = Grid(width: 8, height: 2)
        #expect(grid.write("kiosk-terminal", x: 3, y: 0) == 5)
        #expect(grid.lines[0] == "   kiosk")
        #expect(grid.write("社会保障", x: 0, y: 1, maxWidth: 5) == 5)
        #expect(grid.lines[1] == "社会")
        #expect(grid[4, 1] == .blank())
        #expect(grid.write("outside", x: 0, y: 2) == 0)
        #expect(grid.write("中x", x: -1, y: 1) == 3)
        #expect(grid.lines[1] == " x会")
    }

    @Test func writeSkipsZeroWidthClustersAndKeepsCombiningMarks() {
        var grid = Grid(width: 6, height: 1)
        #expect(grid.write("e\u{0301}\u{200B}z", x: 0, y: 0) == 2)
        #expect(grid.lines == ["e\u{0301}z"])
    }

    @Test func fillBlanksAClippedRectangleWithAStyle() {
        let inverse = CellStyle(reverse: true)
        var grid = Grid(width: 4, height: 3)
        grid.write("中文", x: 0, y: 1)
        grid.fill(Rect(x: 1, y: 1, width: 10, height: 10), style: inverse)
        #expect(grid.lines == ["", "", ""])
        #expect(grid[0, 1] == .blank())
        #expect(grid[3, 2].style == inverse)
        #expect(grid[0, 0].style == .plain)
    }

    @Test func linesSkipContinuationCellsAndTrimTrailingSpaces() {
        var grid = Grid(width: 10, height: 2)
        grid.write("姓名: 李四", x: 0, y: 0)
        grid.write("  x  ", x: 2, y: 1)
        #expect(grid.lines == ["姓名: 李四", "    x"])
    }

    @Test func changedPositionsListsCellsWhoseTextOrStyleDiffer() {
        var before = Grid(width: 5, height: 2)
        before.write("ab", x: 0, y: 0)
        var after = before
        #expect(after.changedPositions(since: before).isEmpty)
        after.write("中", x: 2, y: 1)
        after.fill(Rect(x: 0, y: 0, width: 1, height: 1), style: CellStyle(bold: true))
        let changed = after.changedPositions(since: before).map { "\($0.x),\($0.y)" }
        #expect(changed == ["0,0", "2,1", "3,1"])
        #expect(after.changedPositions(since: nil).count == 10)
        #expect(after.changedPositions(since: Grid(width: 4, height: 2)).count == 10)
    }

    @Test func gridsWithTheSameCellsAreEqual() {
        var one = Grid(width: 3, height: 1), two = Grid(width: 3, height: 1)
        one.write("好", x: 0, y: 0)
        #expect(one != two)
        two.write("好", x: 0, y: 0)
        #expect(one == two)
    }
}
