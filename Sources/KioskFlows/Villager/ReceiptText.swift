import Foundation
import KioskDomain

/// The receipt as lines of text: the same lines on screen, on paper and read aloud.
public enum ReceiptText {
    /// The receipt's lines in `language`; the ID number is masked.
    public static func lines(_ receipt: Receipt, strings: StringCatalog, language: Language, timeZone: TimeZone) -> [String] {
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            strings.text(key, language, arguments)
        }
        let time = WallClockTime(date: receipt.recordedAt, timeZone: timeZone)
        var lines = [
            text("receipt.heading"),
            text("receipt.number", ["number": receipt.number]),
            text("receipt.person", ["name": receipt.personName, "id": receipt.maskedID]),
            text("receipt.service", ["service": text(receipt.service.messageKey)]),
            text(summaryKey(receipt), receipt.summary),
        ]
        if let amount = receipt.amount {
            lines.append(text("receipt.amount", ["amount": text("format.yuan", ["amount": amount.yuanText])]))
        }
        // A hardship group's contribution: the part local government paid (Guo Fa [2014] No. 8 §4(3)).
        if let paid = receipt.summary["governmentPaid"], paid != Money.zero.yuanText {
            lines.append(text("receipt.governmentPaid", ["amount": text("format.yuan", ["amount": paid])]))
        }
        lines += certificateYears(receipt, text)
        lines.append(actorLine(receipt.actor, text))
        lines.append(text("receipt.time", ["time": time.minuteText]))
        return lines
    }

    /// The summary line's key: a certificate asked for from the queries is proof, not a transfer-out.
    static func summaryKey(_ receipt: Receipt) -> String {
        receipt.service == .contributionCertificate
            && receipt.summary["purpose"] == ContributionCertificate.Purpose.proof.rawValue
            ? "myAccount.receipt.summary" : receipt.summaryKey
    }

    /// A contribution certificate's account year by year: a heading, then one line a year.
    static func certificateYears(_ receipt: Receipt, _ text: (String, [String: String]) -> String) -> [String] {
        guard receipt.service == .contributionCertificate else { return [] }
        let years = ContributionCertificate.years(inSummary: receipt.summary)
        guard !years.isEmpty else { return [] }
        return [text("myAccount.receipt.yearsHeading", [:])] + years.map { year in
            text("myAccount.receipt.year", ["year": "\(year.year)", "contributions": year.amounts[0],
                                            "subsidies": year.amounts[1], "interest": year.amounts[2],
                                            "balance": year.amounts[3]])
        }
    }

    private static func actorLine(_ actor: Actor, _ text: (String, [String: String]) -> String) -> String {
        switch actor.kind {
        case .selfService, .system:
            return text("receipt.actor", ["actor": text(actor.kind.messageKey, [:])])
        case .coordinator:
            let coordinator = text("receipt.coordinator", ["name": actor.name ?? "", "id": actor.id ?? ""])
            guard let proxy = actor.proxy else {
                return text("receipt.actor", ["actor": coordinator])
            }
            // A relationship chosen from the list is stored by name (e.g. "son") and shown in the reader's language.
            let relationship = ProxyRelationship(rawValue: proxy.relationship).map { text($0.messageKey, [:]) } ?? proxy.relationship
            let proxyText = text("receipt.proxy", ["name": proxy.name, "relationship": relationship])
            return text("receipt.actor", ["actor": coordinator + " " + proxyText])
        }
    }
}
