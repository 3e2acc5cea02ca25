import ChildProcessSupport
import Foundation
import Testing

/// The real `kiosk demo` with the real pcscd and the simulated cards: insert, greet, pull.
@Suite(.serialized)
struct CardSessionEndToEndTests {
    @Test func insertedDemoCardIsReadThroughPCSCAndPullingItClearsTheScreen() throws {
        let (session, _) = try TmuxSession.demo()
        try session.waitFor(text: "F6 韦秀英")

        try session.send("F6")
        // The greeting stands only while the file loads (a few milliseconds), so the person's menu counts too: both
        // name the holder with the masked ID number.
        let greeting = try session.waitFor("韦秀英 greeted or at the menu", timeout: .seconds(30)) { lines in
            lines.contains { $0.contains("您好，韦秀英") || ($0.contains("韦秀英") && $0.contains("4501**********3304")) }
        }
        #expect(greeting.contains { $0.contains("4501**********3304") })
        #expect(!greeting.joined().contains("450124194906293304"), "the greeting never shows the full ID number")

        try session.send("F9")
        let home = try session.waitFor(text: "请插入社会保障卡或身份证")
        #expect(!home.joined().contains("韦秀英·") && !home.joined().contains("您好"))
        #expect(!home.joined().contains("3304"))

        try session.send("F8")
        // A resident ID card seen only by its UID: greeted as an ID card, or at the menu whose money lines say why they need
        // the social-security card.
        let idCard = try session.waitFor("莫翠兰 greeted or at the menu", timeout: .seconds(30)) { lines in
            lines.contains { $0.contains("您好，莫翠兰") || $0.contains("只读到卡号的身份证") }
        }
        #expect(idCard.contains { $0.contains("居民身份证") || $0.contains("只读到卡号的身份证") })
        #expect(idCard.contains { $0.contains("莫翠兰") })
        try session.send("F9")
        try session.waitFor(text: "请插入社会保障卡或身份证")
        try session.send("F10")
        try session.waitFor("the demo to end") { _ in (try? session.commandHasEnded()) == true }
    }
}

/// A pensioner certifies at the real kiosk; the database then holds the record, its audit entry and outbox entry.
@Suite(.serialized)
struct CertificationEndToEndTests {
    @Test func pensionerCertifiesWithNumberKeysAndTheDatabaseHoldsRecordAuditAndOutbox() throws {
        let (session, data) = try TmuxSession.demo()
        try session.waitFor(text: "F6 韦秀英")
        try session.send("F6")
        try session.waitFor(text: "[1] 资格认证", timeout: .seconds(30))
        try session.send("1")
        try session.waitFor(text: "本人健在，确认认证")
        try session.send("1")
        try session.waitFor(text: "请输入社会保障卡的6位密码")
        try session.send("246810", "Enter")
        let confirmation = try session.waitFor(text: "确认办理", timeout: .seconds(30))
        #expect(confirmation.contains { $0.contains("450124194906293304") })
        try session.send("1")
        let receipt = try session.waitFor(text: "回执号：")
        let numberLine = try #require(receipt.first { $0.contains("回执号：") })
        let number = try #require(numberLine.split(separator: "：").last.map { $0.trimmingCharacters(in: .whitespaces) })
        #expect(number.hasPrefix("450124100210-"))

        try session.send("F9")
        let home = try session.waitFor(text: "请插入社会保障卡或身份证")
        #expect(!home.joined().contains(number), "nothing of the session stays on screen")
        try session.send("F10")
        try session.waitFor("the demo to end") { _ in (try? session.commandHasEnded()) == true }

        let database = "\(data)/demo.sqlite"
        let verify = try ChildProcess.runWaiting([try KioskBinary.path("kiosk"), "audit", "verify", "--db", database])
        #expect(verify.status == 0, "\(verify.output)")
        let rows = try ChildProcess.runWaiting(["sqlite3", database, """
            SELECT (SELECT COUNT(*) FROM certifications WHERE receipt_number = '\(number)'), \
            (SELECT COUNT(*) FROM outbox WHERE idempotency_key = '\(number)'), \
            (SELECT COUNT(*) FROM audit_entries WHERE receipt_number = '\(number)');
            """])
        #expect(rows.output.trimmingCharacters(in: .whitespacesAndNewlines) == "1|1|1", "\(rows.output)")
    }

    /// Certification is possible at any time; the next one is due 12 months after it. F6 韦秀英 certifies on
    /// 2026-11-30 (next due 2027-11-30), then certifies again the same day: still next due 2027-11-30, not 12
    /// months past the due day she had. F8 莫翠兰 (certified in September) comes with a resident ID card read by
    /// its UID only, which cannot show she is present: she is told to bring her social-security card.
    @Test func aPensionerCertifiedAlreadyCertifiesAgainAndIsNextDueTwelveMonthsAfterToday() throws {
        let (session, _) = try TmuxSession.demo()
        try session.waitFor(text: "F6 韦秀英")
        for round in 1...2 {
            try session.send("F6")
            try session.waitFor(text: "[1] 资格认证", timeout: .seconds(30))
            try session.send("1")
            let declaration = try session.waitFor(text: "本人健在，确认认证")
            if round == 2 {
                #expect(declaration.contains { $0.contains("2027-11-30") }, "the due day of the first certification is shown")
            }
            try session.send("1")
            try session.waitFor(text: "请输入社会保障卡的6位密码")
            try session.send("246810", "Enter")
            let confirmation = try session.waitFor(text: "确认办理", timeout: .seconds(30))
            #expect(confirmation.contains { $0.contains("2027-11-30") }, "next due 12 months after today (round \(round))")
            #expect(!confirmation.contains { $0.contains("2028-11-30") }, "not 12 months past the due day she had")
            try session.send("1")
            try session.waitFor(text: "回执号：", timeout: .seconds(30))
            try session.send("F9")
            try session.waitFor(text: "请插入社会保障卡或身份证")
        }
        try session.send("F8")
        try session.waitFor(text: "[1] 资格认证", timeout: .seconds(30))
        try session.send("1")
        try session.waitFor(text: "本人健在，确认认证")
        try session.send("1")
        try session.waitFor(text: "身份证不能证明本人在场")
        try session.send("F9")
        try session.waitFor(text: "请插入社会保障卡或身份证")
        try session.send("F10")
    }
}
