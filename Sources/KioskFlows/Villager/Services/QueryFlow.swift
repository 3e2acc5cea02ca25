import KioskDomain
import TerminalUI

/// Queries: my account and my pension (balance year by year, the projection at the pension age, the contribution
/// certificate to print), my status, contributions by year, pension payments, certification due date, my receipts.
public struct QueryFlow: ServiceFlow {
    /// One page of the queries.
    public enum Page: String, Sendable, Equatable, CaseIterable {
        case account, status, contributions, pension, certification, receipts

        var titleKey: String { "query.\(rawValue).title" }
    }

    /// The page shown; nil for the list of pages.
    public var page: Page?
    public var selected: Int
    /// The sheet of a page shown on several (the account page), from 0.
    public var sheet: Int = 0

    public var titleKey: String { page?.titleKey ?? "query.title" }

    public static func start(_ file: VillagerFile) -> FlowResult<QueryFlow> {
        .next(QueryFlow(page: nil, selected: 0))
    }

    public func handle(_ key: Key, _ file: VillagerFile) -> FlowResult<QueryFlow> {
        guard page == nil else {
            if key == .character("0") || key == .escape || key == .enter {
                return .next(QueryFlow(page: nil, selected: selected))
            }
            if page == .account { return handleAccount(key, file) }
            return .next(self)
        }
        switch MenuKeys.choice(key, count: Page.allCases.count, selected: selected) {
        case .moved(let index): return .next(QueryFlow(page: nil, selected: index))
        case .chosen(let index): return .next(QueryFlow(page: Page.allCases[index], selected: index))
        case .back: return .back
        case .none: return .next(self)
        }
    }

    public func draw(in grid: inout Grid, area: Rect, _ context: ScreenContext, _ file: VillagerFile) {
        guard let page else {
            let items = Page.allCases.enumerated().map { index, page in
                MenuItem(key: "\(index + 1)", label: context.text(page.titleKey))
            }
            context.drawMenu(items, selected: selected, rect: Rect(x: area.x, y: area.y, width: area.width, height: items.count), in: &grid)
            return
        }
        if page == .account {
            AccountSheets.draw(sheet: sheet, file, in: &grid, area: area, context)
            return
        }
        let rows = Self.rows(page, file)
        InfoRows.draw(rows, in: &grid, area: area, context)
    }

    /// The account page: 8 and 9 (or the arrows and page keys) turn the sheets, 1 prints the contribution certificate.
    func handleAccount(_ key: Key, _ file: VillagerFile) -> FlowResult<QueryFlow> {
        var flow = self
        switch key {
        case .character("9"), .pageDown, .right, .down:
            flow.sheet = min(sheet + 1, AccountSheets.count(file) - 1)
        case .character("8"), .pageUp, .left, .up:
            flow.sheet = max(sheet - 1, 0)
        case .character("1"):
            return Self.certificate(file)
        default:
            break
        }
        return .next(flow)
    }

    /// The contribution certificate with the account's years, to confirm and print as a receipt.
    static func certificate(_ file: VillagerFile) -> FlowResult<QueryFlow> {
        let outcome = ContributionCertificate.issue(person: file.person, account: file.account, history: file.history,
                                                    policy: file.policy, policies: file.policies, purpose: .proof,
                                                    today: file.today)
        guard let certificate = outcome.decision else { return .refused(outcome.refusals) }
        var lines: [PendingRecord.Line] = [
            .init("transfer.certificate.status", .message(certificate.status.messageKey)),
            .init("transfer.certificate.years", .years(certificate.contributionYears), keyFigure: true),
        ]
        if let first = certificate.firstYear, let last = certificate.lastYear {
            lines.append(.init("transfer.certificate.span", .text("\(first)-\(last)")))
        }
        lines.append(.init("transfer.certificate.balance", .money(certificate.balance.total), keyFigure: true))
        lines.append(.init("myAccount.certificate.note"))
        return .confirm(PendingRecord(service: .queries, event: .contributionCertificate(certificate), lines: lines))
    }

    /// The label/value rows of a page.
    static func rows(_ page: Page, _ file: VillagerFile) -> [PendingRecord.Line] {
        let account = file.account
        switch page {
        case .account:
            // The page's key figures as rows (the page itself is drawn on sheets by `AccountSheets`).
            guard account.status != .notEnrolled else { return [.init("myAccount.none")] }
            var rows = [PendingRecord.Line("myAccount.balance", .money(AccountSheets.statement(file).balance.total),
                                           keyFigure: true)]
            if let projection = PensionProjection.make(person: file.person, account: account, history: file.history,
                                                       policy: file.policy, policies: file.policies, today: file.today) {
                rows.append(.init("myAccount.projection.monthly", .money(projection.current.monthly), keyFigure: true))
            }
            return rows
        case .status:
            var rows = [PendingRecord.Line("query.status.status", .message(account.status.messageKey), keyFigure: true)]
            if let enrolled = account.enrolledOn { rows.append(.init("query.status.enrolledOn", .date(enrolled))) }
            if let tier = account.tierYuan { rows.append(.init("query.status.tier", .money(.yuan(tier)))) }
            rows.append(.init("query.status.years", .years(file.history.contributionYears)))
            if let bank = account.withholding {
                rows.append(.init("query.status.withholding", .text("\(bank.bank) \(bank.masked)")))
            }
            if account.transferPending { rows.append(.init("query.status.transferPending")) }
            return rows
        case .contributions:
            let contributions = file.history.contributions.sorted { $0.year > $1.year }
            guard !contributions.isEmpty else { return [.init("query.contributions.none")] }
            return contributions.map { contribution in
                let kind = contribution.kind == .backPayment ? "query.contributions.backPayment" : "query.contributions.regular"
                return .init(kind, .contribution(year: contribution.year, personal: contribution.personal, subsidy: contribution.subsidy))
            }
        case .pension:
            // This month's amount: the basic pension of the table in force this month, the personal part as claimed.
            guard let payment = PensionInPayment(account: account, contributionYears: file.history.contributionYears,
                                                 region: file.person.registeredRegion, policies: file.policies)
            else { return [.init("query.pension.none")] }
            let monthly = payment.amount(for: file.today)
            var rows = [PendingRecord.Line("query.pension.monthly", .money(monthly), keyFigure: true)]
            if let start = account.pensionStartMonth { rows.append(.init("query.pension.since", .date(start))) }
            if let bank = account.pensionBankAccount { rows.append(.init("query.pension.bank", .text("\(bank.bank) \(bank.masked)"))) }
            if account.status == .pensionSuspended { rows.append(.init("query.pension.suspended")) }
            return rows
        case .certification:
            guard let due = account.certifiedUntil else { return [.init("query.certification.none")] }
            return [.init(due < file.today ? "query.certification.overdue" : "query.certification.due", .date(due), keyFigure: true)]
        case .receipts:
            guard !file.receipts.isEmpty else { return [.init("query.receipts.none")] }
            return file.receipts.map { receipt in
                .init(receipt.service.messageKey, .text("\(receipt.businessDate.iso)  \(receipt.number)"))
            }
        }
    }
}
