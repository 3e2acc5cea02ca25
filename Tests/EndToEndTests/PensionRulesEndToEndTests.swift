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
}
