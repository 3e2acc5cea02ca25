import Foundation
import Testing
import TerminalUI
@testable import KioskFlows

/// Events posted from other threads wake the UI loop's wait for a key, and reach it in order.
struct EventInboxTests {
    @Test func postingAnEventWakesTheLoopAndDrainingTakesThemOldestFirst() {
        let inbox = EventInbox()
        #expect(!inbox.wake.isSignalled)
        inbox.post(.card(.removed(reader: "Reader 0")))
        inbox.post(.terminationRequested)
        #expect(inbox.wake.isSignalled)
        #expect(inbox.drain() == [.card(.removed(reader: "Reader 0")), .terminationRequested])
        #expect(inbox.drain().isEmpty)
    }
}
