import KioskDomain
import TerminalUI

/// A bank a pension or refund can be paid into, chosen from a short list.
public enum PayoutBank: String, Sendable, Equatable, CaseIterable {
    case agriculturalBank, postalSavingsBank, ruralCredit, industrialCommercialBank, constructionBank, bankOfChina

    /// The institution's name as the social-security records hold it (the bank field of a `BankAccount`).
    public var recordedName: String {
        switch self {
        case .agriculturalBank: "中国农业银行"
        case .postalSavingsBank: "中国邮政储蓄银行"
        case .ruralCredit: "广西农村信用社"
        case .industrialCommercialBank: "中国工商银行"
        case .constructionBank: "中国建设银行"
        case .bankOfChina: "中国银行"
        }
    }

    /// The message key of the bank's name in the villager's language.
    public var messageKey: String { "payout.bank.\(rawValue)" }

    /// The bank a recorded account belongs to (branch names start with the institution's name).
    public static func of(_ account: BankAccount) -> PayoutBank? {
        allCases.first { account.bank.hasPrefix($0.recordedName) }
    }
}

/// Two screens that take the bank account money is paid into: the bank from a numbered list, then
/// the account number (12 to 19 digits). An account already on file is offered pre-filled.
public struct PayoutAccountEntry: Sendable, Equatable {
    /// The shortest and longest account numbers accepted.
    public static let digitRange = 12...19

    /// Which of the two screens is showing.
    public enum Step: Sendable, Equatable {
        case bank(selected: Int)
        /// `problemKey` says why the last Enter was not accepted.
        case number(PayoutBank, TextEntry, problemKey: String?)
    }

    /// What a key did.
    public enum Outcome: Sendable, Equatable {
        case editing(PayoutAccountEntry)
        case done(PayoutBank, BankAccount)
        /// Back out of the bank list.
        case back
    }

    public var step: Step
    /// An account on file offered as the starting value.
    public var onFile: BankAccount?

    /// Starts at the bank list, with the bank of the account on file highlighted.
    public init(onFile: BankAccount?) {
        self.onFile = onFile
        let bank = onFile.flatMap(PayoutBank.of)
        self.step = .bank(selected: bank.flatMap { PayoutBank.allCases.firstIndex(of: $0) } ?? 0)
    }

    /// Back at the number screen of `bank` with `account`'s number typed, as when coming back from a later screen.
    public init(editingNumberOf account: BankAccount, at bank: PayoutBank) {
        self.onFile = account
        self.step = .number(bank, TextEntry(account.accountNumber, maxLength: Self.digitRange.upperBound, allowed: .digits),
                            problemKey: nil)
    }

    /// The message key of the current screen's title.
    public var titleKey: String {
        switch step {
        case .bank: "payout.bank.title"
        case .number: "payout.account.title"
        }
    }

    /// Applies a key.
    public func handle(_ key: Key) -> Outcome {
        var next = self
        switch step {
        case .bank(let selected):
            switch MenuKeys.choice(key, count: PayoutBank.allCases.count, selected: selected) {
            case .moved(let index):
                next.step = .bank(selected: index)
            case .chosen(let index):
                let bank = PayoutBank.allCases[index]
                let prefill = onFile.flatMap { PayoutBank.of($0) == bank ? $0.accountNumber : nil } ?? ""
                next.step = .number(bank, TextEntry(prefill, maxLength: Self.digitRange.upperBound, allowed: .digits),
                                    problemKey: nil)
            case .back:
                return .back
            case nil:
                break
            }
        case .number(let bank, var entry, let problem):
            switch entry.handle(key) {
            case .edited:
                next.step = .number(bank, entry, problemKey: nil)
            case .submitted:
                guard Self.digitRange.contains(entry.text.count) else {
                    next.step = .number(bank, entry, problemKey: "payout.account.length")
                    break
                }
                return .done(bank, BankAccount(bank: bank.recordedName, accountNumber: entry.text))
            case .cancelled:
                next.step = .bank(selected: PayoutBank.allCases.firstIndex(of: bank) ?? 0)
            case .ignored:
                next.step = .number(bank, entry, problemKey: problem)
            }
        }
        return .editing(next)
    }

    /// Draws the current screen inside `area`, below the lead text (what the account is for).
    public func draw(in grid: inout Grid, area: Rect, leadKey: String, _ context: ScreenContext) {
        var y = area.y
        for line in TextLayout.wrap(context.text(leadKey), width: area.width) {
            grid.write(line, x: area.x, y: y, style: context.theme.text)
            y += 1
        }
        y += 1
        switch step {
        case .bank(let selected):
            let items = PayoutBank.allCases.enumerated().map { index, bank in
                MenuItem(key: "\(index + 1)", label: context.text(bank.messageKey))
            }
            context.drawMenu(items, selected: selected, rect: Rect(x: area.x, y: y, width: area.width, height: items.count), in: &grid)
        case .number(let bank, let entry, let problem):
            grid.write(context.text("payout.account.bank", ["bank": context.text(bank.messageKey)]), x: area.x, y: y,
                       style: context.theme.subtitle, maxWidth: area.width)
            y += 2
            entry.field(label: context.text("payout.account.label"), placeholder: context.text("payout.account.placeholder"))
                .draw(in: &grid, rect: Rect(x: area.x, y: y, width: min(area.width, 50), height: 1), theme: context.theme)
            y += 2
            if let problem {
                let text = context.text(problem, ["min": "\(Self.digitRange.lowerBound)", "max": "\(Self.digitRange.upperBound)"])
                for line in TextLayout.wrap(text, width: area.width) {
                    grid.write(line, x: area.x, y: y, style: context.theme.error)
                    y += 1
                }
            }
            for line in TextLayout.wrap(context.text("payout.account.hint"), width: area.width) {
                grid.write(line, x: area.x, y: y, style: context.theme.hint)
                y += 1
            }
        }
    }

    /// The account number in groups of four, as the confirmation shows it for checking.
    public static func grouped(_ number: String) -> String {
        var groups: [String] = []
        var rest = Substring(number)
        while !rest.isEmpty {
            groups.append(String(rest.prefix(4)))
            rest = rest.dropFirst(4)
        }
        return groups.joined(separator: " ")
    }
}
