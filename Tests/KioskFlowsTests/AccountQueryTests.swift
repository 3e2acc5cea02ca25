import Foundation
import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// The query page "my account and my pension": the balance year by year and the projection at 60 for the current
/// tier and the next two, on sheets that fit 80x24, and the contribution certificate printed from it.
/// The person: born 1980-05-10, tier 300 (subsidy 50), paid 2023-2025; the figures are worked in AccountStatementTests.
struct AccountQueryTests {
    typealias F = SchemeFlowFixture

    static let person = F.person(born: "1980-05-10", name: "黄海军")

    static func file() -> VillagerFile {
        let policy = try! F.book.table(region: F.county, on: F.today)
        let account = InsuranceAccount(personID: person.id, status: .paying, enrolledOn: F.day("2023-03-01"), tierYuan: 300)
        return VillagerFile(person: person, isKnown: true, account: account,
                            history: F.history(person, years: [2023, 2024, 2025], tier: 300, subsidy: 50),
                            policy: policy, today: F.today, serviceCounty: F.county, receipts: [], policies: F.book)
    }

    /// A session of `file` on a screen of `width` x `height`, on the account page.
    static func onAccountPage(_ file: VillagerFile = file(), width: Int = 80, height: Int = 24,
                              language: Language = .chinese) throws -> KioskState {
        var state = Fixture.state(width: width, height: height)
        state.language = language
        let holder = CardHolder(idNumber: file.person.id.value, name: file.person.name, cardKind: .socialSecurityCard)
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: F.reader)))
        _ = KioskReducer.reduce(&state, .card(.read(holder)))
        _ = KioskReducer.reduce(&state, .villagerLoaded(file))
        let queries = try #require(VillagerService.offered(for: file).firstIndex(of: .queries))
        F.press(.character(Character("\(queries + 1)")), &state)
        F.press(.character("1"), &state)
        return state
    }

    @Test("the first sheet shows the balance and the projection for the current tier and the next two")
    func firstSheet() throws {
        let state = try Self.onAccountPage()
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("个人账户余额"))
        #expect(text.contains("1081.81 元"))
        #expect(text.contains("31.81 元"), "interest over all years")
        #expect(text.contains("个人缴费 927.27 元，补贴 154.54 元"))
        #expect(text.contains("1.50%（广西利率未公布，为假定值）"))
        #expect(text.contains("2040-05-10"))
        let monthly = try #require(text.split(separator: "\n").first { $0.contains("每月合计") })
        #expect(monthly.contains("236.07") && monthly.contains("248.48") && monthly.contains("260.89"))
        let extra = try #require(text.split(separator: "\n").first { $0.contains("比现档每月多") })
        #expect(extra.contains("+12.41") && extra.contains("+24.82"))
        #expect(text.contains("第 1/2 页"))
        try ScreenSnapshot.checkBoth(state, named: "query-account-summary")
    }

    @Test("the second sheet lists each year with a bar of what it credited and the figures beside it")
    func yearSheet() throws {
        var state = try Self.onAccountPage()
        F.press(.character("9"), &state)
        let text = ScreenSnapshot.text(of: state)
        let row2025 = try #require(text.split(separator: "\n").first { $0.contains("2025 ") })
        #expect(row2025.contains("300.00") && row2025.contains("50.00") && row2025.contains("10.58")
                && row2025.contains("1065.83") && row2025.contains("350.00"))
        #expect(row2025.contains("█"), "the bar is drawn in block characters")
        let row2026 = try #require(text.split(separator: "\n").first { $0.contains("2026 ") })
        #expect(!row2026.contains("█"), "nothing credited in 2026 yet: no bar")
        #expect(row2026.contains("15.98") && row2026.contains("1081.81"))
        #expect(text.contains("第 2/2 页"))
        try ScreenSnapshot.checkBoth(state, named: "query-account-years")
        F.press(.character("9"), &state)
        #expect(ScreenSnapshot.text(of: state).contains("第 2/2 页"), "9 on the last sheet stays there")
        F.press(.character("8"), &state)
        #expect(ScreenSnapshot.text(of: state).contains("第 1/2 页"))
    }

    @Test("at 120x40 the sheets have the same figures, wider", arguments: [Language.chinese, .english])
    func wideScreen(language: Language) throws {
        var state = try Self.onAccountPage(width: 120, height: 40, language: language)
        let code = language == .chinese ? "zh" : "en"
        try ScreenSnapshot.check(state, named: "query-account-summary-\(code)-120x40")
        F.press(.character("9"), &state)
        try ScreenSnapshot.check(state, named: "query-account-years-\(code)-120x40")
    }

    @Test("a long history is paged twelve years a sheet")
    func longHistoryIsPaged() throws {
        var file = Self.file()
        file.history = F.history(Self.person, years: Array(2012...2025), tier: 300, subsidy: 50)
        var state = try Self.onAccountPage(file)
        #expect(ScreenSnapshot.text(of: state).contains("第 1/3 页"))
        F.press(.character("9"), &state)
        F.press(.character("9"), &state)
        let last = ScreenSnapshot.text(of: state)
        #expect(last.contains("第 3/3 页"))
        #expect(last.contains("2024 ") && last.contains("2026 ") && !last.contains("2023 "))
    }

    @Test("1 on the account page asks to confirm the contribution certificate with the years, as proof")
    func certificateFromQueries() throws {
        var state = try Self.onAccountPage()
        F.press(.character("1"), &state)
        guard case .confirming(let pending)? = F.villager(state)?.step,
              case .contributionCertificate(let certificate) = pending.event else {
            Issue.record("the certificate waits for confirmation")
            return
        }
        #expect(certificate.purpose == .proof)
        #expect(certificate.years.map(\.year) == [2023, 2024, 2025, 2026])
        #expect(certificate.balance.total == Money(fen: 108_181))
        #expect(ScreenSnapshot.text(of: state).contains("1081.81"))
    }

    @Test("the printed certificate lists each year and, asked for as proof, does not send the person elsewhere")
    func certificateReceiptLines() throws {
        let file = Self.file()
        let certificate = try #require(ContributionCertificate.issue(
            person: file.person, account: file.account, history: file.history, policy: file.policy,
            policies: file.policies, purpose: .proof, today: file.today).decision)
        let event = BusinessEvent.contributionCertificate(certificate)
        let receipt = Receipt(number: "450124100210-20261130-0001", villageCode: F.village, service: .contributionCertificate,
                              personID: file.person.id, personName: file.person.name, businessDate: file.today,
                              summary: event.summary, amount: certificate.balance.total, actor: .selfService,
                              recordedAt: Date(timeIntervalSince1970: 1_796_000_000))
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        let chinese = ReceiptText.lines(receipt, strings: F.strings, language: .chinese, timeZone: zone)
        #expect(chinese.contains("2025 300.00/50.00/10.58/1065.83"))
        #expect(chinese.contains("2026 0.00/0.00/15.98/1081.81"))
        #expect(chinese.contains { $0.hasPrefix("参保缴费凭证：缴费3年") })
        #expect(!chinese.contains { $0.contains("申请转入") })
        var leaving = certificate
        leaving.purpose = .transferOut
        var transferReceipt = receipt
        transferReceipt.summary = BusinessEvent.contributionCertificate(leaving).summary
        let transferLines = ReceiptText.lines(transferReceipt, strings: F.strings, language: .english, timeZone: zone)
        #expect(transferLines.contains { $0.contains("apply for the transfer-in") })
        #expect(transferLines.contains("2023 300.00/50.00/0.00/350.00"))
    }
}
