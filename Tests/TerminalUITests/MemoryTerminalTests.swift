import Testing
@testable import TerminalUI

struct MemoryTerminalTests {
    @Test func recordsFramesAndCountsOnlyChangedCellsUntilAResize() throws {
        let terminal = MemoryTerminal(size: TerminalSize(width: 10, height: 2))
        var grid = Grid(size: terminal.size)
        grid.write("缴费", x: 0, y: 0)
        try terminal.present(grid)
        grid.write("X", x: 9, y: 1)
        try terminal.present(grid)
        #expect(terminal.frames.count == 2)
        #expect(terminal.lastFrame?.lines == ["缴费", "         X"])
        #expect(terminal.paintedCellCounts == [20, 1])

        terminal.resize(to: TerminalSize(width: 12, height: 3))
        #expect(terminal.size == TerminalSize(width: 12, height: 3))
        #expect(terminal.nextInput(timeoutMilliseconds: 0) == .resize(TerminalSize(width: 12, height: 3)))
        try terminal.present(grid)
        #expect(terminal.paintedCellCounts == [20, 1, 20])
    }

    @Test func returnsQueuedInputInOrderThenNil() {
        let terminal = MemoryTerminal(size: TerminalSize(width: 80, height: 24))
        terminal.enqueue([.key(.character("1")), .key(.enter)])
        terminal.enqueue(keys: [.control("c")])
        terminal.enqueue([.terminationRequested(signal: 15)])
        #expect(terminal.nextInput(timeoutMilliseconds: 100) == .key(.character("1")))
        #expect(terminal.nextInput(timeoutMilliseconds: 100) == .key(.enter))
        #expect(terminal.nextInput(timeoutMilliseconds: 100) == .key(.control("c")))
        #expect(terminal.nextInput(timeoutMilliseconds: 100) == .terminationRequested(signal: 15))
        #expect(terminal.nextInput(timeoutMilliseconds: 100) == nil)
    }

    @Test func restoreIsIdempotentAndStopsPresenting() {
        let terminal = MemoryTerminal(size: TerminalSize(width: 4, height: 1))
        #expect(!terminal.isRestored)
        terminal.restore()
        terminal.restore()
        #expect(terminal.isRestored)
        #expect(throws: TerminalError.alreadyRestored) { try terminal.present(Grid(width: 4, height: 1)) }
    }
}
