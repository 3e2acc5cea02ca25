import Foundation
import Testing

/// The real `kiosk demo` with the real pcscd and the simulated cards: insert, greet, pull.
@Suite(.serialized)
struct CardSessionEndToEndTests {
    @Test func insertedDemoCardIsReadThroughPCSCAndPullingItClearsTheScreen() throws {
        let kiosk = try KioskBinary.path("kiosk")
        let data = try KioskBinary.temporaryFolder()
        let session = try TmuxSession(
            command: "\(kiosk) demo --data-dir \(data)",
            environment: ["LANG": "C.UTF-8", "TERM": "screen-256color"]
        )
        try session.waitFor(text: "F6 韦秀英")

        try session.send("F6")
        let greeting = try session.waitFor(text: "您好，韦秀英", timeout: .seconds(30))
        #expect(greeting.contains { $0.contains("4501**********3304") })
        #expect(!greeting.joined().contains("450124194906293304"), "the greeting never shows the full ID number")

        try session.send("F9")
        let home = try session.waitFor(text: "请插入社会保障卡或身份证")
        #expect(!home.joined().contains("韦秀英·") && !home.joined().contains("您好"))
        #expect(!home.joined().contains("3304"))

        try session.send("F8")
        let idCard = try session.waitFor(text: "您好，莫翠兰", timeout: .seconds(30))
        #expect(idCard.contains { $0.contains("居民身份证") })
        try session.send("F9")
        try session.waitFor(text: "请插入社会保障卡或身份证")
        try session.send("F10")
        try session.waitFor("the demo to end") { _ in (try? session.commandHasEnded()) == true }
    }
}
