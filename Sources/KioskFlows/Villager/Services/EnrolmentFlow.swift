import Foundation
import KioskDomain
import TerminalUI

/// Enrolment (参保登记) at the kiosk: eligibility first, then one question per screen — phone,
/// address, tier, an optional bank withholding agreement — a back-payment notice for people who
/// cannot reach the minimum years by paying yearly, and the confirmation.
public struct EnrolmentFlow: ServiceFlow {
    /// One screen of the flow.
    public enum Step: Sendable, Equatable {
        /// The mobile number; `errorKey` says why the last one was not taken.
        case phone(TextEntry, errorKey: String?)
        case address(TextEntry, errorKey: String?)
        case tier(TierChoice)
        /// Whether to sign a withholding agreement: [1] yes, [2] no.
        case withholdingOffer(selected: Int)
        /// The withholding account: the bank from the list, then the account number (as in every other flow).
        case account(PayoutAccountEntry)
        /// "I agree the bank withholds ... each year": [1] agree, [2] no withholding.
        case consent(selected: Int)
        /// Paying every remaining year is not enough: what back-payment is needed.
        case backPaymentNotice(BackPaymentPlan)
    }

    /// The screen shown.
    public var step: Step
    /// The answers so far.
    public var phone: PhoneNumber?
    public var address: String
    public var tier: PolicyTier?
    public var bank: PayoutBank?
    /// The withholding account's digits as typed.
    public var accountNumber: String
    /// The agreement, once the villager consented.
    public var withholding: BankAccount?

    /// Longest address taken.
    static let addressLength = 60

    public var titleKey: String {
        switch step {
        case .phone: "enrolment.phone.title"
        case .address: "enrolment.address.title"
        case .tier: "enrolment.tier.title"
        case .withholdingOffer: "enrolment.withholding.title"
        case .account(let entry):
            switch entry.step {
            case .bank: "enrolment.bank.title"
            case .number: "enrolment.account.title"
            }
        case .consent: "enrolment.consent.title"
        case .backPaymentNotice: "enrolment.backPayment.title"
        }
    }

    public static func start(_ file: VillagerFile) -> FlowResult<EnrolmentFlow> {
        let lowest = file.policy.tiers.first?.yuan ?? 0
        let outcome = decide(file, EnrolmentRequest(tierYuan: lowest))
        guard outcome.decision != nil else {
            return .refused(outcome.refusals)
        }
        let flow = EnrolmentFlow(step: .phone(TextEntry(file.person.phone?.value ?? "", maxLength: 11, allowed: .digits), errorKey: nil),
                                 phone: nil, address: file.person.address, tier: nil, bank: nil, accountNumber: "",
                                 withholding: nil)
        return .next(flow)
    }

    public func handle(_ key: Key, _ file: VillagerFile) -> FlowResult<EnrolmentFlow> {
        var flow = self
        switch step {
        case .phone(var entry, _):
            switch entry.handle(key) {
            case .cancelled: return .back
            case .submitted:
                do {
                    flow.phone = try PhoneNumber(entry.text)
                    flow.step = .address(TextEntry(address, maxLength: Self.addressLength, allowed: .text), errorKey: nil)
                } catch {
                    flow.step = .phone(entry, errorKey: error.messageKey)
                }
            case .edited, .ignored:
                flow.step = .phone(entry, errorKey: nil)
            }
        case .address(var entry, _):
            switch entry.handle(key) {
            case .cancelled:
                flow.step = flow.phoneStep()
            case .submitted:
                let typed = entry.text.trimmingCharacters(in: .whitespaces)
                guard !typed.isEmpty else {
                    flow.step = .address(entry, errorKey: "enrolment.address.required")
                    break
                }
                flow.address = typed
                flow.step = .tier(TierChoice(tiers: file.policy.tiers, preselectedYuan: tier?.yuan))
            case .edited, .ignored:
                flow.step = .address(entry, errorKey: nil)
            }
        case .tier(let choice):
            switch choice.handle(key) {
            case .moved(let next): flow.step = .tier(next)
            case .chosen(let tier):
                flow.tier = tier
                flow.step = .withholdingOffer(selected: 0)
            case .back: flow.step = flow.addressStep()
            case nil: break
            }
        case .withholdingOffer(let selected):
            switch MenuKeys.choice(key, count: 2, selected: selected) {
            case .moved(let index): flow.step = .withholdingOffer(selected: index)
            case .chosen(0): flow.step = .account(PayoutAccountEntry(onFile: flow.typedAccount))
            case .chosen: return flow.withoutWithholding(file)
            case .back: flow.step = .tier(TierChoice(tiers: file.policy.tiers, preselectedYuan: tier?.yuan))
            case nil: break
            }
        case .account(let entry):
            switch entry.handle(key) {
            case .editing(let next): flow.step = .account(next)
            case .back: flow.step = .withholdingOffer(selected: 0)
            case .done(let chosen, let account):
                flow.bank = chosen
                flow.accountNumber = account.accountNumber
                flow.step = .consent(selected: 0)
            }
        case .consent(let selected):
            switch MenuKeys.choice(key, count: 2, selected: selected) {
            case .moved(let index): flow.step = .consent(selected: index)
            case .chosen(0):
                guard let bank else { return .next(self) }
                flow.withholding = BankAccount(bank: bank.recordedName, accountNumber: accountNumber)
                return flow.afterWithholding(file)
            case .chosen: return flow.withoutWithholding(file)
            case .back:
                if let bank, let account = typedAccount {
                    flow.step = .account(PayoutAccountEntry(editingNumberOf: account, at: bank))
                }
            case nil: break
            }
        case .backPaymentNotice:
            switch key {
            case .character("1"), .enter: return flow.confirmation(file)
            case .character("0"), .escape: flow.step = .withholdingOffer(selected: withholding == nil ? 1 : 0)
            default: break
            }
        }
        return .next(flow)
    }

    /// The request as answered so far.
    var request: EnrolmentRequest {
        EnrolmentRequest(tierYuan: tier?.yuan ?? 0, phone: phone, address: address, withholding: withholding)
    }

    private static func decide(_ file: VillagerFile, _ request: EnrolmentRequest) -> ServiceOutcome<EnrolmentDecision> {
        EnrolmentDecision.decide(person: file.person, account: file.account, history: file.history, policy: file.policy,
                                 request: request, serviceCounty: file.serviceCounty, today: file.today)
    }

    /// The withholding account typed so far, offered again when the villager comes back to it.
    var typedAccount: BankAccount? {
        bank.map { BankAccount(bank: $0.recordedName, accountNumber: accountNumber) }
    }

    private func phoneStep() -> Step {
        .phone(TextEntry(phone?.value ?? "", maxLength: 11, allowed: .digits), errorKey: nil)
    }

    private func addressStep() -> Step {
        .address(TextEntry(address, maxLength: Self.addressLength, allowed: .text), errorKey: nil)
    }

    private func withoutWithholding(_ file: VillagerFile) -> FlowResult<EnrolmentFlow> {
        var flow = self
        flow.withholding = nil
        return flow.afterWithholding(file)
    }

    /// After the withholding question: the back-payment notice when needed, else the confirmation.
    private func afterWithholding(_ file: VillagerFile) -> FlowResult<EnrolmentFlow> {
        let outcome = Self.decide(file, request)
        guard let decision = outcome.decision else {
            return .refused(outcome.refusals)
        }
        guard !decision.plan.isShort else {
            var flow = self
            flow.step = .backPaymentNotice(decision.plan)
            return .next(flow)
        }
        return .confirm(Self.pending(decision, tier: tier, bank: bank))
    }

    private func confirmation(_ file: VillagerFile) -> FlowResult<EnrolmentFlow> {
        let outcome = Self.decide(file, request)
        guard let decision = outcome.decision else {
            return .refused(outcome.refusals)
        }
        return .confirm(Self.pending(decision, tier: tier, bank: bank))
    }

    /// What the confirmation shows: tier, subsidy, the yearly amount, contact, withholding, back-payment.
    static func pending(_ decision: EnrolmentDecision, tier: PolicyTier?, bank: PayoutBank?) -> PendingRecord {
        let tierYuan = decision.account.tierYuan ?? 0
        var lines = [
            PendingRecord.Line("enrolment.confirm.tier", .money(.yuan(tierYuan)), keyFigure: true),
            PendingRecord.Line("enrolment.confirm.subsidy", .money(.yuan(tier?.subsidyYuan ?? 0))),
            PendingRecord.Line("enrolment.confirm.yearly", .money(.yuan(tierYuan)), keyFigure: true),
        ]
        if let phone = decision.person.phone {
            lines.append(.init("enrolment.confirm.phone", .text(phone.masked)))
        }
        lines.append(.init("enrolment.confirm.address", .text(decision.person.address)))
        if let agreement = decision.account.withholding {
            lines.append(.init("enrolment.confirm.withholding", bank.map { .message($0.messageKey) } ?? .text(agreement.bank)))
            lines.append(.init("enrolment.confirm.accountNumber", .text(agreement.masked)))
        } else {
            lines.append(.init("enrolment.confirm.withholding", .message("enrolment.confirm.noWithholding")))
        }
        if decision.plan.isShort {
            lines.append(.init("enrolment.confirm.backPaymentYears", .years(decision.plan.shortYears), keyFigure: true))
            lines.append(.init("enrolment.confirm.backPaymentAmount", .money(decision.plan.amountAtLowestTier), keyFigure: true))
        }
        return PendingRecord(service: .enrolment, event: .enrolment(decision), lines: lines)
    }
}
