import Foundation
import Testing

/// Elderly mode at the real kiosk: one key from the home screen, then a pensioner certifies with number keys only.
@Suite(.serialized)
struct ElderlyModeEndToEndTests {
    static func hasLargeGlyphs(_ screen: [String]) -> Bool {
        screen.filter { $0.unicodeScalars.contains { (0x2580...0x259F).contains($0.value) } }.count >= 4
    }

    @Test func pensionerCertifiesInElderlyModeWithNumberKeysAndSeesLargeGlyphs() throws {
        let (session, _) = try TmuxSession.demo()
        try session.waitFor(text: "请插入社会保障卡或身份证")
        try session.send("1")
        let home = try session.waitFor("the large 'insert card' prompt", Self.hasLargeGlyphs)
        #expect(home.contains { $0.contains("请插入社会保障卡或身份证") })
        try session.send("F6")
        try session.waitFor("the service menu in large glyphs", timeout: .seconds(30)) { screen in
            screen.contains { $0.contains("韦秀英") } && Self.hasLargeGlyphs(screen) && screen.contains { $0.contains("▶") }
        }
        try session.send("1")
        try session.waitFor(text: "请确认：本人健在")
        try session.send("1")
        try session.waitFor(text: "请输入社会保障卡的6位密码")
        try session.send("246810", "Enter")
        let confirmation = try session.waitFor(text: "下次认证截止")
        #expect(Self.hasLargeGlyphs(confirmation), "the next due date is drawn large")
        try session.send("1")
        try session.waitFor(text: "回执号：")
        try session.send("F9")
        try session.waitFor(text: "请插入社会保障卡或身份证")
        try session.send("F10")
    }
}
