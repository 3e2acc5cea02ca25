import Foundation

/// A terminal kept in memory for tests: records every presented frame and replays queued input.
public final class MemoryTerminal: Terminal, @unchecked Sendable {
    private let lock = NSLock()
    private var currentSize: TerminalSize
    private var queuedInputs: [TerminalInput] = []
    private var recordedFrames: [Grid] = []
    private var recordedPaintCounts: [Int] = []
    private var repaintEverything = true
    private var restored = false

    /// Creates a terminal of the given size with no input queued.
    public init(size: TerminalSize) {
        currentSize = size
    }

    /// The current size; changed by `resize(to:)`.
    public var size: TerminalSize { lock.withLock { currentSize } }

    /// Every grid presented, oldest first.
    public var frames: [Grid] { lock.withLock { recordedFrames } }

    /// The most recently presented grid.
    public var lastFrame: Grid? { lock.withLock { recordedFrames.last } }

    /// For each presented frame, how many cells a real terminal would have painted.
    public var paintedCellCounts: [Int] { lock.withLock { recordedPaintCounts } }

    /// True once `restore()` was called.
    public var isRestored: Bool { lock.withLock { restored } }

    /// Records the frame and how many cells changed since the previous one (all after a resize).
    public func present(_ grid: Grid) throws {
        try lock.withLock {
            guard !restored else { throw TerminalError.alreadyRestored }
            let previous = repaintEverything ? nil : recordedFrames.last
            recordedPaintCounts.append(grid.changedPositions(since: previous).count)
            recordedFrames.append(grid)
            repaintEverything = false
        }
    }

    /// Returns the oldest queued input at once, or nil when none is queued (it never waits).
    public func nextInput(timeoutMilliseconds: Int) -> TerminalInput? {
        lock.withLock { queuedInputs.isEmpty ? nil : queuedInputs.removeFirst() }
    }

    /// Queues inputs to be returned by `nextInput`.
    public func enqueue(_ inputs: [TerminalInput]) {
        lock.withLock { queuedInputs += inputs }
    }

    /// Queues key presses, a convenience for flow tests.
    public func enqueue(keys: [Key]) {
        enqueue(keys.map { .key($0) })
    }

    /// Changes the size, forces a full repaint next time, and queues `.resize`.
    public func resize(to newSize: TerminalSize) {
        lock.withLock {
            currentSize = newSize
            repaintEverything = true
            queuedInputs.append(.resize(newSize))
        }
    }

    /// Marks the terminal restored; later presents throw.
    public func restore() {
        lock.withLock { restored = true }
    }
}
