import ChildProcessSupport
import Foundation
import Testing

/// The corrected pension rules at the real kiosk: a paying villager may only apply for cancellation on its
/// grounds, with no refund offered, and sees the transfer-in application (Guo Fa [2014] No. 8 §8).
@Suite(.serialized)
struct PensionRulesEndToEndTests {
    @Test func aPayingVillagerIsNotOfferedCancellationWithARefundAndSeesTransferIn() throws {
        let (session, _) = try TmuxSession.demo()
        try session.waitFor(text: "F7 黄海军")
        try session.send("F7")
        let menu = try session.waitFor(text: "[3] 申请注销登记", timeout: .seconds(30))
        #expect(menu.contains { $0.contains("[2] 转入申请（户籍迁入本县）") })

        try session.send("3")
        let grounds = try session.waitFor(text: "出国（境）定居并丧失中国国籍")
        #expect(grounds.contains { $0.contains("已领取其他基本养老金") })
        #expect(!grounds.contains { $0.contains("迁出") || $0.contains("参加职工基本养老保险") })
        try session.send("1")
        let application = try session.waitFor(text: "待县审核")
        #expect(application.contains { $0.contains("户口注销证明或丧失中国国籍的证明") })
        #expect(!application.contains { $0.contains(" 元") }, "no refund is offered at the kiosk")
        #expect(!application.contains { $0.contains("退款银行") })
        try session.send("0")
        try session.waitFor(text: "出国（境）定居并丧失中国国籍")
        try session.send("0")
        try session.waitFor(text: "[3] 申请注销登记")

        try session.send("2")
        let transfer = try session.waitFor(text: "户籍已迁入本县的，在本县申请转入")
        #expect(transfer.contains { $0.contains("我要迁出本县：打印参保缴费凭证") })
        try session.send("F9")
        try session.waitFor(text: "请插入社会保障卡或身份证")
        try session.send("F10")
        try session.waitFor("the demo to end") { _ in (try? session.commandHasEnded()) == true }
    }

    /// F7 (黄海军, born 1982-09-04, tier 100, paid 2015-2026) on the demo day: the contribution line says this year is paid and
    /// when the next opens; the account page shows the balance (1695.35 yuan: 12 years of 100 + 30 at 1.5 % a year) and the
    /// pension at 60 for tiers 100, 200 and 300 (238.31, 251.71, 265.11 a month); the certificate prints each year.
    @Test func aPayerSeesTheBalanceAndTheProjectionAndPrintsTheCertificate() throws {
        let (session, data) = try TmuxSession.demo()
        try session.waitFor(text: "F7 黄海军")
        try session.send("F7")
        let menu = try session.waitFor(text: "[4] 查询", timeout: .seconds(30))
        #expect(menu.contains { $0.contains("[1] 缴费（2026 年度已缴，2027 年度 1 月起可缴）") }, "\(menu.joined(separator: "\n"))")
        try session.send("1")
        let refused = try session.waitFor(text: "2027 年度从 2027-01-01")
        #expect(refused.contains { $0.contains("2026年度已缴费") })
        try session.send("0")
        try session.waitFor(text: "[4] 查询")

        try session.send("4")
        try session.waitFor(text: "[1] 我的账户和养老金")
        try session.send("1")
        let summary = try session.waitFor(text: "个人账户余额")
        #expect(summary.contains { $0.contains("个人账户余额") && $0.contains("1695.35 元") }, "\(summary.joined(separator: "\n"))")
        #expect(summary.contains { $0.contains("到 60 岁（2042-09-04）") })
        let monthly = summary.first { $0.contains("每月合计") } ?? ""
        #expect(monthly.contains("238.31") && monthly.contains("251.71") && monthly.contains("265.11"), "\(monthly)")
        #expect(summary.contains { $0.contains("比现档每月多") && $0.contains("+13.40") && $0.contains("+26.80") })

        try session.send("9")
        let years = try session.waitFor(text: "第 2/2 页")
        #expect(years.contains { $0.hasPrefix("  2026 ") && $0.contains("1695.35") && $0.contains("█") },
                "\(years.joined(separator: "\n"))")

        try session.send("1")
        try session.waitFor(text: "个人账户储存额")
        try session.send("1")
        try session.waitFor(text: "已打印")
        try session.send("F9")
        try session.waitFor(text: "请插入社会保障卡或身份证")
        try session.send("F10")
        try session.waitFor("the demo to end") { _ in (try? session.commandHasEnded()) == true }

        let kiosk = try KioskBinary.path("kiosk")
        let printed = try ChildProcess.runWaiting([kiosk, "printer", "dump", "\(data)/receipts.escpos"])
        #expect(printed.status == 0)
        #expect(printed.output.contains("2015 100.00/30.00/0.00/130.00"), "\(printed.output)")
        #expect(printed.output.contains("/1695.35"))
    }
}
