import CNCursesW
import Foundation

/// The real terminal, driven through ncursesw: raw keyboard input, diff-painted frames, always restored.
///
/// Runs in raw mode, so Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys. SIGTERM, SIGHUP and SIGINT are
/// reported by `nextInput` as `.terminationRequested`; the caller then calls `restore()` and exits.
/// If a second such signal arrives before that, the terminal modes are reset and the process exits.
/// Not thread-safe: use it from one thread.
public final class CursesTerminal: Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let inputFile: UnsafeMutablePointer<FILE>
    private let outputFile: UnsafeMutablePointer<FILE>
    private let inputDescriptor: Int32
    private var lastPresented: Grid?
    private var palette: CursesPalette
    private var restored = false

    /// Takes over the terminal on `input`/`output` (standard input and output by default).
    ///
    /// `terminalType` overrides `TERM`; `escapeDelayMilliseconds` is how long a lone Escape waits for a sequence.
    public init(
        input: FileHandle = .standardInput,
        output: FileHandle = .standardOutput,
        terminalType: String? = nil,
        escapeDelayMilliseconds: Int = 25
    ) throws {
        setlocale(LC_ALL, "")
        guard isatty(input.fileDescriptor) == 1, isatty(output.fileDescriptor) == 1 else {
            throw TerminalError.cannotStart
        }
        var savedModes = termios()
        _ = tcgetattr(output.fileDescriptor, &savedModes)
        let inputCopy = dup(input.fileDescriptor), outputCopy = dup(output.fileDescriptor)
        guard inputCopy >= 0, outputCopy >= 0,
              let inputFile = fdopen(inputCopy, "r"), let outputFile = fdopen(outputCopy, "w") else {
            throw TerminalError.cannotStart
        }
        guard let screen = newterm(terminalType, outputFile, inputFile) else {
            fclose(inputFile)
            fclose(outputFile)
            throw TerminalError.cannotStart
        }
        set_term(screen)
        self.screen = screen
        self.inputFile = inputFile
        self.outputFile = outputFile
        inputDescriptor = inputCopy
        window = kiosk_stdscr()
        _ = set_escdelay(Int32(escapeDelayMilliseconds))
        raw()
        noecho()
        nonl()
        _ = intrflush(window, false)
        keypad(window, true)
        curs_set(0)
        palette = CursesPalette.start()
        TerminationSignals.install(terminal: outputCopy, savedModes: savedModes, resetSequence: Self.resetSequence())
        CursesTerminal.registerForExit(self)
    }

    /// Takes over the terminal device at `path` (e.g. a virtual console) for both input and output.
    public convenience init(devicePath path: String, terminalType: String? = nil) throws {
        guard let device = FileHandle(forUpdatingAtPath: path) else {
            throw TerminalError.cannotOpenDevice(path: path)
        }
        try self.init(input: device, output: device, terminalType: terminalType)
    }

    deinit {
        restore()
    }

    /// The current size in columns and rows.
    public var size: TerminalSize {
        TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Paints the cells that changed since the last frame (all of them after a resize) and updates the screen.
    public func present(_ grid: Grid) throws {
        guard !restored else { throw TerminalError.alreadyRestored }
        set_term(screen)
        if lastPresented == nil { werase(window) }
        let screenSize = size
        for position in grid.changedPositions(since: lastPresented) {
            guard position.x < screenSize.width, position.y < screenSize.height else { continue }
            var cell = grid[position.x, position.y]
            if cell.isContinuation { continue }
            if cell.width == 2, position.x + 1 >= screenSize.width { cell = .blank(cell.style) }
            paint(cell, x: position.x, y: position.y)
        }
        wnoutrefresh(window)
        doupdate()
        lastPresented = grid
    }

    /// Writes one cell into ncurses' virtual screen (its characters copied through a stack buffer: a first frame
    /// paints every cell, and a heap array per cell made that the slowest part of the kiosk's start).
    private func paint(_ cell: Cell, x: Int, y: Int) {
        let look = palette.look(for: cell.style)
        let limit = Int(kiosk_cchar_max())
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: limit + 1) { characters in
            var count = 0
            for scalar in cell.text.unicodeScalars where count < limit {
                characters[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count == 0 {
                characters[0] = wchar_t(0x20)
                count = 1
            }
            characters[count] = 0
            var character = cchar_t()
            _ = setcchar(&character, characters.baseAddress, look.attributes, look.pair, nil)
            _ = mvwadd_wch(window, Int32(y), Int32(x), &character)
        }
    }

    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key, a resize or a termination signal.
    public func nextInput(timeoutMilliseconds: Int) -> TerminalInput? {
        nextInput(timeoutMilliseconds: timeoutMilliseconds, wake: nil)
    }

    /// Waits as `nextInput(timeoutMilliseconds:)` does, and returns nil at once when `wake` is signalled.
    public func nextInput(timeoutMilliseconds: Int, wake: WakePipe?) -> TerminalInput? {
        guard !restored else { return nil }
        set_term(screen)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeoutMilliseconds)) * 1_000_000
        while true {
            if let signal = TerminationSignals.takePending() {
                return .terminationRequested(signal: signal)
            }
            if let input = readInput() {
                return input
            }
            let now = DispatchTime.now().uptimeNanoseconds
            if timeoutMilliseconds >= 0, now >= deadline { return nil }
            let wait = timeoutMilliseconds < 0 ? -1 : Int32(clamping: (deadline - now + 999_999) / 1_000_000)
            var descriptors = [
                pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: TerminationSignals.readDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wake?.readDescriptor ?? -1, events: Int16(POLLIN), revents: 0),
            ]
            _ = poll(&descriptors, nfds_t(descriptors.count), wait)
            if descriptors[2].revents & Int16(POLLIN) != 0, let wake {
                wake.drain()
                // A key that came with the wake-up is taken first; the caller then takes what woke it.
                return readInput()
            }
        }
    }

    /// Reads what ncurses already has or can read without waiting, mapped to an input.
    private func readInput() -> TerminalInput? {
        wtimeout(window, 0)
        while true {
            var value: wint_t = 0
            let result = wget_wch(window, &value)
            if result == kiosk_err() { return nil }
            if result == kiosk_key_code_yes() {
                if Int32(value) == KEY_RESIZE {
                    lastPresented = nil
                    return .resize(size)
                }
                if let key = Self.key(forKeyCode: Int32(value)) { return .key(key) }
            } else if let key = Self.key(forCharacter: UInt32(value)) {
                return .key(key)
            }
        }
    }

    /// Ends curses and deletes the screen; safe to call more than once.
    public func restore() {
        guard !restored else { return }
        restored = true
        set_term(screen)
        curs_set(1)
        endwin()
        delscreen(screen)
        fclose(inputFile)
        fclose(outputFile)
        TerminationSignals.uninstall()
        CursesTerminal.unregisterForExit(self)
    }

    /// The bytes that reset attributes, show the cursor and leave the alternate screen, from terminfo.
    private static func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmcup"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes += Array(String(cString: value).utf8)
        }
        return bytes + Array("\r\n".utf8)
    }
}
