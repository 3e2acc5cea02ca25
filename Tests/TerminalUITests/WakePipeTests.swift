import Foundation
import Testing
@testable import TerminalUI

/// The wake-up that ends the terminal's wait when another thread hands the UI loop an event.
struct WakePipeTests {
    @Test func aSignalIsWaitingUntilItIsDrained() {
        let wake = WakePipe()
        #expect(!wake.isSignalled)
        wake.signal()
        wake.signal()
        #expect(wake.isSignalled)
        wake.drain()
        #expect(!wake.isSignalled)
    }

    @Test func signallingNeverBlocksEvenWhenThePipeIsFull() {
        let wake = WakePipe()
        // Far more than a pipe holds (64 KiB on Linux): a blocking write would hang here.
        for _ in 0..<200_000 { wake.signal() }
        #expect(wake.isSignalled)
        wake.drain()
        #expect(!wake.isSignalled)
    }

    @Test func theCursesTerminalStopsWaitingForAKeyWhenWokenAndStillReturnsAKeyTypedLater() throws {
        // A pseudo-terminal: Linux's TIOCSPTLCK unlocks it and TIOCGPTN names its other side.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: UInt32 = 0
        try #require(master >= 0 && ioctl(master, 0x4004_5431, &unlock) == 0 && ioctl(master, 0x8004_5430, &number) == 0)
        defer { close(master) }
        let slave = try #require(FileHandle(forUpdatingAtPath: "/dev/pts/\(number)"))
        let terminal = try CursesTerminal(input: slave, output: slave, terminalType: "xterm")
        defer { terminal.restore() }
        // Keep the master's side read, so drawing never fills the pseudo-terminal.
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while read(master, &buffer, buffer.count) > 0 {}
        }
        reader.start()

        let wake = WakePipe()
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) { wake.signal() }
        let start = Date()
        // Without the wake-up this waits out its whole minute.
        #expect(terminal.nextInput(timeoutMilliseconds: 60_000, wake: wake) == nil)
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(!wake.isSignalled)

        _ = "7".utf8.withContiguousStorageIfAvailable { write(master, $0.baseAddress, 1) }
        #expect(terminal.nextInput(timeoutMilliseconds: 60_000, wake: wake) == TerminalInput.key(.character("7")))
    }
}
