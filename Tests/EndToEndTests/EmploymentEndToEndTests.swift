import ChildProcessSupport
import Foundation
import Testing

/// The coordinator's employment work at the real kiosk: a month's records confirmed mostly with one key each, the
/// long-term unemployed, this month's matching, and the weekly notice printed on the demo printer; and a villager
/// registering as a job seeker at the kiosk by themselves and seeing their matches with the reasons.
@Suite(.serialized)
struct EmploymentEndToEndTests {
    @Test func theCoordinatorConfirmsTheMonthRegistersAJobSeesTheLongTermUnemployedMatchesAndPrintsTheNotice() throws {
        let (session, data) = try TmuxSession.demo()
        try session.logInDemoCoordinator()
        try session.send("0")
        try session.waitFor(text: "本月劳动力信息确认")

        // On 30 November the screen works on November: last month's status pre-filled, 1 keeps it.
        try session.send("1")
        try session.waitFor(text: "2026-11 劳动力信息：已确认 0/", timeout: .seconds(30))
        for _ in 0..<4 { try session.send("1") }
        try session.send("4")
        try session.waitFor(text: "劳动力信息：已确认 5/")
        try session.send("Enter")
        try session.waitFor(text: "2026-11 已保存 5 条记录（原记录保留）", timeout: .seconds(30))
        try session.send("Enter")

        // A local employer's job, typed in field by field; the credit code's check character is checked.
        try session.send("5")
        try session.waitFor(text: "岗位登记 第 1/16 项")
        for answer in ["那料村竹编合作社", "", "竹编工", "6-05", "C", "1", "3000", "3600", "4", "", "", "", "0771-6812345", "1",
                       "2026-12-31"] {
            if !answer.isEmpty { try session.send("-l", answer) }
            try session.send("Enter")
        }
        let summary = try session.waitFor(text: "请核对岗位信息：")
        #expect(summary.contains { $0.contains("竹编工") }, "\(summary.joined(separator: "\n"))")
        try session.send("Enter")
        try session.waitFor(text: "岗位编号 J20261130-", timeout: .seconds(30))
        try session.send("Enter")

        try session.send("2")
        // The list is October's, the latest month whose records were due (by 5 November).
        let longTerm = try session.waitFor(text: "2026-10 连续3个月未就业人员：", timeout: .seconds(30))
        #expect(longTerm.contains { $0.contains("推介岗位") }, "\(longTerm.joined(separator: "\n"))")
        try session.send("Escape")

        try session.send("3")
        try session.waitFor(text: "2026-11 岗位匹配完成", timeout: .seconds(30))
        try session.send("Enter")

        try session.send("4")
        try session.waitFor(text: "本周就业岗位信息（2026-11-30", timeout: .seconds(30))
        try session.waitFor(text: "已打印", timeout: .seconds(30))
        let kiosk = try KioskBinary.path("kiosk")
        let dump = try ChildProcess.runWaiting([kiosk, "printer", "dump", "\(data)/receipts.escpos"])
        #expect(dump.output.contains("本周就业岗位信息"), "the notice was printed:\n\(dump.output)")
        #expect(dump.output.contains("竹编工"), "the job registered today is on the notice:\n\(dump.output)")
        try session.send("F10")
    }

    @Test func theCoordinatorEndsAClassRecommendsRelatedJobsAndRecordsTheFollowUpVisit() throws {
        let (session, _) = try TmuxSession.demo()
        try session.logInDemoCoordinator()
        try session.send("0")
        try session.waitFor(text: "培训开班与回访")
        // Opening training raises the electricians' request (the demo has more than 10 wishes); 1 announces it.
        try session.send("6")
        try session.waitFor(text: "未通知（按 1 发送开班通知）", timeout: .seconds(30))
        try session.send("1")
        try session.waitFor(text: "（按 2 结业并登记参训人员）", timeout: .seconds(30))
        try session.send("2")
        try session.waitFor(text: "电工培训结业：勾选参训人员", timeout: .seconds(30))
        try session.send("1")
        try session.send("Down")
        try session.send("1")
        try session.send("Down")
        try session.send("1")
        try session.waitFor(text: "（已选 3 /")
        try session.send("Enter")
        try session.waitFor(text: "结业已记录：电工培训 3 人参训", timeout: .seconds(30))

        // The first trainee: the open jobs naming the trade, from the matching (one in the demo today).
        try session.send("Down")
        try session.waitFor("a trainee highlighted") { lines in lines.contains { $0.contains("▶") && $0.contains("还需推介 3 次") } }
        try session.send("Enter")
        try session.waitFor(text: "电工培训后跟踪")
        try session.send("1")
        let jobs = try session.waitFor(text: "推介电工相关岗位", timeout: .seconds(30))
        #expect(jobs.filter { $0.contains("[ ]") }.allSatisfy { $0.contains("电工") }, "\(jobs.joined(separator: "\n"))")
        try session.send("1")
        try session.waitFor(text: "已选 1 个")
        try session.send("Enter")
        try session.waitFor(text: "记录推介岗位 1 个", timeout: .seconds(30))

        // Two recommendations are still owed (no other open job names the trade); the visit is recorded today.
        try session.send("Down")
        try session.waitFor("the trainee with two owed") { lines in lines.contains { $0.contains("▶") && $0.contains("还需推介 2 次") } }
        try session.send("Enter")
        try session.waitFor(text: "现状：还需推介 2 次")
        try session.send("2")
        try session.waitFor(text: "回访了解到的就业情况")
        try session.send("2")
        try session.waitFor(text: "的回访：受雇就业", timeout: .seconds(30))
        try session.send("F10")
    }

    @Test func theCoordinatorSeesTheTaskListWithBars() throws {
        let (session, _) = try TmuxSession.demo()
        try session.logInDemoCoordinator()
        try session.send("0")
        try session.waitFor(text: "年度任务清单进度")
        try session.send("7")
        let first = try session.waitFor(text: "第 1/3 页", timeout: .seconds(30))
        #expect(first.contains { $0.contains("年任务清单（截至") }, "\(first.joined(separator: "\n"))")
        #expect(first.contains { $0.contains("/ 目标") && ($0.contains("█") || $0.contains("┊")) }, "\(first.joined(separator: "\n"))")
        try session.send("9")
        let second = try session.waitFor(text: "第 2/3 页")
        #expect(second.contains { $0.contains("% / 目标 95.0%") }, "\(second.joined(separator: "\n"))")
        try session.send("F10")
    }

    @Test func aVillagerRegistersAsAJobSeekerAndSeesTheirMatchesWithReasons() throws {
        let (session, _) = try TmuxSession.demo()
        try session.waitFor(text: "F5 梁天佑")
        try session.send("F5")
        // Not enrolled: enrolment, queries, then employment services (no card PIN on the way).
        try session.waitFor(text: "[3] 就业服务", timeout: .seconds(30))
        try session.send("3")
        try session.waitFor(text: "您还没有求职登记")
        try session.send("2")
        try session.waitFor(text: "请先选择“求职登记”")
        try session.send("Escape")
        try session.send("1")
        try session.waitFor(text: "您现在的就业状况是？")
        try session.send("1")                              // unemployed and wanting work
        try session.waitFor(text: "职业大类")
        try session.send("6")                              // production and manufacturing
        try session.waitFor(text: "您想在哪个行业工作？")
        try session.send("3")                              // C manufacturing
        try session.waitFor(text: "您最远愿意到哪里工作？")
        try session.send("2")                              // within the county
        try session.waitFor(text: "期望月工资（元）")
        try session.send("3500", "Enter")
        try session.waitFor(text: "工种")
        try session.send("-l", "电工")
        try session.waitFor("the trade typed") { lines in lines.contains { $0.contains("电工") && !$0.contains("如 电工") } }
        try session.send("Enter")
        let confirm = try session.waitFor(text: "确认办理", timeout: .seconds(30))
        #expect(!confirm.joined().contains("社保卡密码"), "no card PIN for a registration")
        #expect(confirm.contains { $0.contains("最远工作地点") && $0.contains("县内") }, "\(confirm.joined(separator: "\n"))")
        #expect(confirm.contains { $0.contains("工种") && $0.contains("电工") }, "\(confirm.joined(separator: "\n"))")
        try session.send("1")
        try session.waitFor(text: "回执号：", timeout: .seconds(30))
        try session.send("Enter")
        try session.waitFor(text: "[3] 就业服务", timeout: .seconds(30))
        try session.send("3")
        try session.waitFor(text: "修改求职意愿", timeout: .seconds(30))
        try session.send("2")
        let matches = try session.waitFor(text: "个岗位：", timeout: .seconds(30))
        // No electrician's job within the county is open on the demo day, so the matches rest on the occupation group
        // and the industry; every one is within the county, the farthest place accepted.
        #expect(matches.contains { $0.hasPrefix("  1. ") }, "\(matches.joined(separator: "\n"))")
        #expect(matches.contains { $0.contains("职业大类相符") && $0.contains("县内") && $0.contains("工资") },
                "\(matches.joined(separator: "\n"))")
        #expect(!matches.contains { $0.contains("市内县外") || $0.contains("区内市外") || $0.contains("区外") },
                "no job beyond the county: \(matches.joined(separator: "\n"))")
        try session.send("F9")
        try session.waitFor(text: "请插入社会保障卡或身份证")
        try session.send("F10")
        try session.waitFor("the demo to end") { _ in (try? session.commandHasEnded()) == true }
    }
}
