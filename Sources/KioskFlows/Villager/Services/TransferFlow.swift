import KioskDomain
import TerminalUI

/// The transfer-in application (转移申请), made here at the destination: the county the account comes from, the
/// reason, what happens next (the application goes to the old county, the whole balance moves here), then the
/// confirmation (Guo Fa [2014] No. 8 §8). The step values keep their first names (`destination` is the county
/// chosen, here the one the account comes from).
///
/// The county is picked province → prefecture → county from numbered, paged lists (terminals may
/// have no input method for Chinese); a villager who knows the code types its digits instead.
public struct TransferFlow: ServiceFlow {
    /// How the destination is looked for.
    public enum Method: Int, Sendable, Equatable, CaseIterable {
        case pickFromLists, typeCode
        /// A person leaving the county: told to apply at the new place, and given the contribution certificate.
        case leaving

        var labelKey: String {
            switch self {
            case .pickFromLists: "transfer.method.lists"
            case .typeCode: "transfer.method.code"
            case .leaving: "transfer.method.leaving"
            }
        }
    }

    /// The flow's screens; a chosen destination remembers the screen it was chosen on, for going back.
    public indirect enum Step: Sendable, Equatable {
        case method(selected: Int)
        case province(selected: Int)
        case prefecture(province: String, selected: Int)
        /// Counties of a prefecture, or of a province directly (省直辖).
        case county(parent: String, selected: Int)
        case codeEntry(TextEntry, notFound: Bool)
        case searchResults(query: String, selected: Int)
        case reason(county: String, selected: Int, back: Step)
        case effect(county: String, reason: TransferReason, back: Step)
    }

    /// One line of a prefecture list: a prefecture, or the counties directly under the province.
    enum PrefectureEntry: Equatable {
        case prefecture(RegionDirectory.Region)
        case directCounties
    }

    public var step: Step

    public var titleKey: String {
        switch step {
        case .method: "transfer.method.title"
        case .province: "transfer.province.title"
        case .prefecture: "transfer.prefecture.title"
        case .county: "transfer.county.title"
        case .codeEntry: "transfer.code.title"
        case .searchResults: "transfer.results.title"
        case .reason: "transfer.why.title"
        case .effect: "transfer.effect.title"
        }
    }

    /// The longest search text.
    static let searchLength = 12

    /// Refuses at once when the account cannot move wherever it goes.
    public static func start(_ file: VillagerFile) -> FlowResult<TransferFlow> {
        // Someone registered elsewhere now may still be leaving: they reach the certificate, not the transfer-in.
        let refusals = decide(file, destination: "", reason: .householdMoved).refusals.filter {
            if case .invalidRegion = $0 { return false }
            if case .notRegisteredHere = $0 { return false }
            return true
        }
        guard refusals.isEmpty else {
            return .refused(refusals)
        }
        return .next(TransferFlow(step: .method(selected: 0)))
    }

    public func handle(_ key: Key, _ file: VillagerFile) -> FlowResult<TransferFlow> {
        let regions = file.regions
        switch step {
        case .method(let selected):
            switch MenuKeys.choice(key, count: Method.allCases.count, selected: selected) {
            case .moved(let index): return move(to: .method(selected: index))
            case .chosen(let index):
                switch Method.allCases[index] {
                case .pickFromLists: return move(to: .province(selected: 0))
                case .typeCode: return move(to: .codeEntry(TextEntry(maxLength: Self.searchLength, allowed: .text), notFound: false))
                case .leaving: return Self.certificate(file)
                }
            case .back: return .back
            case nil: return .next(self)
            }

        case .province(let selected):
            let provinces = regions.provinces
            switch PagedMenu.choice(key, count: provinces.count, selected: selected) {
            case .moved(let index): return move(to: .province(selected: index))
            case .chosen(let index): return openProvince(provinces[index].code, regions)
            case .back: return move(to: .method(selected: Method.pickFromLists.rawValue))
            case nil: return .next(self)
            }

        case .prefecture(let province, let selected):
            let entries = Self.prefectureEntries(province, regions)
            switch PagedMenu.choice(key, count: entries.count, selected: selected) {
            case .moved(let index): return move(to: .prefecture(province: province, selected: index))
            case .chosen(let index):
                switch entries[index] {
                case .prefecture(let prefecture): return move(to: .county(parent: prefecture.code, selected: 0))
                case .directCounties: return move(to: .county(parent: province, selected: 0))
                }
            case .back: return move(to: .province(selected: Self.provinceIndex(province, regions)))
            case nil: return .next(self)
            }

        case .county(let parent, let selected):
            let counties = regions.counties(in: parent)
            switch PagedMenu.choice(key, count: counties.count, selected: selected) {
            case .moved(let index): return move(to: .county(parent: parent, selected: index))
            case .chosen(let index): return choose(counties[index].code, from: step, file)
            case .back: return move(to: countyListParentStep(parent, regions))
            case nil: return .next(self)
            }

        case .codeEntry(var entry, let notFound):
            switch entry.handle(key) {
            case .edited: return move(to: .codeEntry(entry, notFound: false))
            case .ignored: return move(to: .codeEntry(entry, notFound: notFound))
            case .cancelled: return move(to: .method(selected: Method.typeCode.rawValue))
            case .submitted:
                let query = entry.text
                if let county = regions.county(code: query) {
                    return choose(county.code, from: step, file)
                }
                let matches = regions.search(query)
                switch matches.count {
                case 0: return move(to: .codeEntry(entry, notFound: true))
                case 1: return choose(matches[0].code, from: step, file)
                default: return move(to: .searchResults(query: query, selected: 0))
                }
            }

        case .searchResults(let query, let selected):
            let matches = regions.search(query)
            switch PagedMenu.choice(key, count: matches.count, selected: selected) {
            case .moved(let index): return move(to: .searchResults(query: query, selected: index))
            case .chosen(let index): return choose(matches[index].code, from: step, file)
            case .back:
                return move(to: .codeEntry(TextEntry(query, maxLength: Self.searchLength, allowed: .text), notFound: false))
            case nil: return .next(self)
            }

        case .reason(let county, let selected, let back):
            switch MenuKeys.choice(key, count: TransferReason.allCases.count, selected: selected) {
            case .moved(let index): return move(to: .reason(county: county, selected: index, back: back))
            case .chosen(let index):
                return move(to: .effect(county: county, reason: TransferReason.allCases[index], back: .reason(county: county, selected: index, back: back)))
            case .back: return move(to: back)
            case nil: return .next(self)
            }

        case .effect(let county, let reason, let back):
            switch key {
            case .character("1"), .enter:
                let outcome = Self.decide(file, destination: county, reason: reason)
                guard let decision = outcome.decision else { return .refused(outcome.refusals) }
                return .confirm(Self.pending(decision, regions))
            case .character("0"), .escape:
                return move(to: back)
            default:
                return .next(self)
            }
        }
    }

    /// A person leaving: the contribution certificate to confirm and print, with the advice to apply at the new place.
    static func certificate(_ file: VillagerFile) -> FlowResult<TransferFlow> {
        let outcome = ContributionCertificate.issue(person: file.person, account: file.account, history: file.history,
                                                    policy: file.policy, today: file.today)
        guard let certificate = outcome.decision else { return .refused(outcome.refusals) }
        var lines: [PendingRecord.Line] = [
            .init("transfer.certificate.status", .message(certificate.status.messageKey)),
            .init("transfer.certificate.years", .years(certificate.contributionYears), keyFigure: true),
        ]
        if let first = certificate.firstYear, let last = certificate.lastYear {
            lines.append(.init("transfer.certificate.span", .text("\(first)-\(last)")))
        }
        lines.append(.init("transfer.certificate.balance", .money(certificate.balance.total), keyFigure: true))
        lines.append(.init("transfer.certificate.applyThere"))
        return .confirm(PendingRecord(service: .transfer, event: .contributionCertificate(certificate),
                                      lines: lines))
    }

    /// The transfer decided for this villager.
    static func decide(_ file: VillagerFile, destination: String, reason: TransferReason) -> ServiceOutcome<TransferDecision> {
        TransferDecision.decide(person: file.person, account: file.account, history: file.history, policy: file.policy,
                                fromRegion: destination, serviceCounty: file.serviceCounty, reason: reason, today: file.today)
    }

    /// The lines of a province's prefecture list: its prefectures, then its directly governed counties if any.
    static func prefectureEntries(_ province: String, _ regions: RegionDirectory) -> [PrefectureEntry] {
        var entries = regions.prefectures(in: province).map(PrefectureEntry.prefecture)
        if !regions.counties(in: province).isEmpty {
            entries.append(.directCounties)
        }
        return entries
    }

    private func move(to step: Step) -> FlowResult<TransferFlow> {
        .next(TransferFlow(step: step))
    }

    /// A province was chosen: its prefectures, or straight to its counties when it has one list only.
    private func openProvince(_ province: String, _ regions: RegionDirectory) -> FlowResult<TransferFlow> {
        let entries = Self.prefectureEntries(province, regions)
        guard entries.count == 1, let only = entries.first else {
            return move(to: .prefecture(province: province, selected: 0))
        }
        switch only {
        case .prefecture(let prefecture): return move(to: .county(parent: prefecture.code, selected: 0))
        case .directCounties: return move(to: .county(parent: province, selected: 0))
        }
    }

    /// Where Back leads from a county list: the province's prefecture list, or the province list when
    /// the province was opened straight at its counties.
    private func countyListParentStep(_ parent: String, _ regions: RegionDirectory) -> Step {
        guard let region = regions.region(code: parent) else { return .province(selected: 0) }
        let province = region.level == .province ? region.code : (region.parentCode ?? "")
        let entries = Self.prefectureEntries(province, regions)
        if entries.count == 1 {
            return .province(selected: Self.provinceIndex(province, regions))
        }
        let index = entries.firstIndex {
            switch $0 {
            case .prefecture(let prefecture): prefecture.code == parent
            case .directCounties: region.level == .province
            }
        } ?? 0
        return .prefecture(province: province, selected: index)
    }

    /// A county was chosen: the rules check the destination at once (not the same county), then the reason.
    private func choose(_ county: String, from step: Step, _ file: VillagerFile) -> FlowResult<TransferFlow> {
        let outcome = Self.decide(file, destination: county, reason: .householdMoved)
        guard outcome.decision != nil else { return .refused(outcome.refusals) }
        return move(to: .reason(county: county, selected: 0, back: step))
    }

    private static func provinceIndex(_ province: String, _ regions: RegionDirectory) -> Int {
        regions.provinces.firstIndex { $0.code == province } ?? 0
    }
}
