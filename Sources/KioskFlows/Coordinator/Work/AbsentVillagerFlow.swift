import Foundation
import KioskDomain
import TerminalUI

/// Keys of acting for an absent villager; once the authorisation is stored, their session opens.
enum AbsentVillagerFlow {
    /// The longest proxy name.
    static let nameLength = 20

    static func reduce(_ state: inout KioskState, _ form: AbsentVillagerForm, _ key: Key) -> [KioskEffect] {
        var form = form
        var effects: [KioskEffect] = []
        let isBack = key == .escape || key == .character("0")
        let today = state.clock.civilDate
        switch form.step {
        case .finding, .recording:
            return []
        case .idNumber(var entry, _):
            switch entry.handle(key) {
            case .edited:
                form.step = .idNumber(entry, notice: nil)
            case .submitted:
                guard let id = try? IDNumber(entry.text) else {
                    form.step = .idNumber(entry, notice: UserMessage("coordinator.absent.id.invalid"))
                    break
                }
                form.step = .finding(id)
                effects = [.findAbsentVillager(id)]
            case .cancelled:
                CoordinatorWorkFlow.backToMenu(&state, from: .actForAbsentVillager)
                return []
            case .ignored:
                return []
            }
        case .stored(let selected):
            // The stored ones, then "a new authorisation".
            switch PagedMenu.choice(key, count: form.stored.count + 1, selected: selected) {
            case .moved(let index): form.step = .stored(selected: index)
            case .chosen(let index) where index < form.stored.count:
                let authorisation = form.stored[index]
                guard let file = form.file, authorisation.isInForce(on: today, forAnyOf: ProxyDraft.services) else { return [] }
                openSession(&state, file, authorisation)
                return []
            case .chosen:
                form.step = .kind(selected: 0)
            case .back:
                form = AbsentVillagerForm()
            case nil: return []
            }
        case .kind(let selected):
            switch MenuKeys.choice(key, count: ProxyKind.allCases.count, selected: selected) {
            case .moved(let index): form.step = .kind(selected: index)
            case .chosen(let index):
                form.draft.kind = ProxyKind.allCases[index]
                form.step = .proxyName(TextEntry(form.draft.name, maxLength: nameLength, allowed: .text))
            case .back:
                if form.stored.isEmpty {
                    form = AbsentVillagerForm()
                } else {
                    form.step = .stored(selected: form.stored.count)
                }
            case nil: return []
            }
        case .proxyName(var entry):
            switch entry.handle(key) {
            case .edited: form.step = .proxyName(entry)
            case .submitted:
                let name = entry.text.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { return [] }
                form.draft.name = name
                form.step = .relationship(selected: ProxyRelationship.allCases.firstIndex(of: form.draft.relationship) ?? 0)
            case .cancelled: form.step = .kind(selected: ProxyKind.allCases.firstIndex(of: form.draft.kind) ?? 0)
            case .ignored: return []
            }
        case .relationship(let selected):
            switch MenuKeys.choice(key, count: ProxyRelationship.allCases.count, selected: selected) {
            case .moved(let index): form.step = .relationship(selected: index)
            case .chosen(let index):
                form.draft.relationship = ProxyRelationship.allCases[index]
                form.step = .proxyID(TextEntry(form.draft.idNumber?.value ?? "", maxLength: 18, allowed: .idNumber), notice: nil)
            case .back: form.step = .proxyName(TextEntry(form.draft.name, maxLength: nameLength, allowed: .text))
            case nil: return []
            }
        case .proxyID(var entry, _):
            switch entry.handle(key) {
            case .edited: form.step = .proxyID(entry, notice: nil)
            case .submitted:
                guard let id = try? IDNumber(entry.text) else {
                    form.step = .proxyID(entry, notice: UserMessage("coordinator.absent.id.invalid"))
                    break
                }
                guard id != form.file?.person.id else {
                    form.step = .proxyID(entry, notice: UserMessage("coordinator.absent.proxyID.same"))
                    break
                }
                form.draft.idNumber = id
                form.step = form.draft.kind == .authorisedProxy ? .scope(selected: 0) : consentFormStep(form.draft)
            case .cancelled:
                form.step = .relationship(selected: ProxyRelationship.allCases.firstIndex(of: form.draft.relationship) ?? 0)
            case .ignored: return []
            }
        case .scope(let selected):
            let services = ProxyDraft.services
            switch key {
            case .character(let character) where character.wholeNumberValue.map { (1...services.count).contains($0) } == true:
                let service = services[(character.wholeNumberValue ?? 1) - 1]
                if form.draft.scope.contains(service) { form.draft.scope.remove(service) } else { form.draft.scope.insert(service) }
                form.step = .scope(selected: (character.wholeNumberValue ?? 1) - 1)
            case .up: form.step = .scope(selected: (selected + services.count - 1) % services.count)
            case .down: form.step = .scope(selected: (selected + 1) % services.count)
            case .character(" "):
                let service = services[selected]
                if form.draft.scope.contains(service) { form.draft.scope.remove(service) } else { form.draft.scope.insert(service) }
            case .enter:
                guard !form.draft.scope.isEmpty else { return [] }
                form.step = .expiry(TextEntry(form.draft.expiresOn?.compact ?? "", maxLength: 8, allowed: .digits), notice: nil)
            case .character("0"), .escape:
                form.step = .proxyID(TextEntry(form.draft.idNumber?.value ?? "", maxLength: 18, allowed: .idNumber), notice: nil)
            default: return []
            }
        case .expiry(var entry, _):
            switch entry.handle(key) {
            case .edited: form.step = .expiry(entry, notice: nil)
            case .submitted:
                switch expiry(entry.text, today: today) {
                case .success(let day):
                    form.draft.expiresOn = day
                    form.step = consentFormStep(form.draft)
                case .failure(let notice):
                    form.step = .expiry(entry, notice: notice)
                }
            case .cancelled: form.step = .scope(selected: 0)
            case .ignored: return []
            }
        case .consentForm(var entry, _):
            switch entry.handle(key) {
            case .edited: form.step = .consentForm(entry, notice: nil)
            case .submitted:
                do {
                    form.draft.consent = .signedForm(number: try ActEvidence.checkedNumber(entry.text))
                    form.step = .consent
                } catch {
                    form.step = .consentForm(entry, notice: error.userMessage)
                }
            case .cancelled:
                form.step = form.draft.kind == .authorisedProxy
                    ? .expiry(TextEntry(form.draft.expiresOn?.compact ?? "", maxLength: 8, allowed: .digits), notice: nil)
                    : .proxyID(TextEntry(form.draft.idNumber?.value ?? "", maxLength: 18, allowed: .idNumber), notice: nil)
            case .ignored: return []
            }
        case .consent:
            if key == .character("1") || key == .enter {
                guard let file = form.file,
                      let authorisation = form.draft.authorisation(for: file.person.id, today: today,
                                                                   consentAt: state.clock.date(in: state.settings.timeZone)),
                      let coordinator = state.coordinator else { return [] }
                form.step = .recording
                effects = [.recordAuthorisation(authorisation, coordinatorID: coordinator.id)]
            } else if isBack {
                form.step = consentFormStep(form.draft)
            } else {
                return []
            }
        case .failed:
            guard isBack || key == .enter else { return [] }
            form.step = .consent
        }
        state.screen = .coordinator(.work(.absentVillager(form)))
        return effects
    }

    /// The form number's entry, pre-filled with what was typed before.
    static func consentFormStep(_ draft: ProxyDraft) -> AbsentVillagerForm.Step {
        var typed = ""
        if case .signedForm(let number)? = draft.consent { typed = number }
        return .consentForm(TextEntry(typed, maxLength: ActEvidence.numberLength.upperBound, allowed: .text), notice: nil)
    }

    /// The longest an authorisation may run: two years.
    static let longestAuthorisationYears = 2

    /// The typed last day of the authorisation, or why it cannot be.
    static func expiry(_ text: String, today: CivilDate) -> Result<CivilDate, UserMessage> {
        guard text.count == 8, let number = Int(text),
              let day = CivilDate(year: number / 10_000, month: number / 100 % 100, day: number % 100) else {
            return .failure(UserMessage("coordinator.death.date.invalid"))
        }
        guard day >= today else { return .failure(UserMessage("coordinator.absent.expiry.past")) }
        guard day <= today.adding(months: 12 * longestAuthorisationYears) else {
            return .failure(UserMessage("coordinator.absent.expiry.tooLong", ["years": "\(longestAuthorisationYears)"]))
        }
        return .success(day)
    }

    /// The store found the villager: their stored authorisations in force to pick from, or on to a new one.
    /// Only this villager's authorisations, in force today for a service that may be delegated, are offered.
    static func found(_ state: inout KioskState, _ file: VillagerFile, stored: [ProxyAuthorisation] = []) {
        guard case .absentVillager(var form)? = CoordinatorWorkFlow.current(state), case .finding(let id) = form.step,
              id == file.person.id else { return }
        let today = state.clock.civilDate
        form.file = file
        form.stored = stored.filter {
            $0.id != nil && $0.personID == file.person.id && $0.isInForce(on: today, forAnyOf: ProxyDraft.services)
        }
        form.step = form.stored.isEmpty ? .kind(selected: 0) : .stored(selected: 0)
        state.screen = .coordinator(.work(.absentVillager(form)))
    }

    /// The authorisation is stored: the villager's session opens with the coordinator acting for the proxy.
    static func authorised(_ state: inout KioskState, _ authorisation: ProxyAuthorisation) {
        guard case .absentVillager(let form)? = CoordinatorWorkFlow.current(state), form.step == .recording,
              let file = form.file, file.person.id == authorisation.personID else { return }
        openSession(&state, file, authorisation)
    }

    /// Opens the villager's session with the coordinator acting for the proxy of a stored authorisation: only the
    /// services in its scope are offered, and the store checks it again at every record.
    static func openSession(_ state: inout KioskState, _ file: VillagerFile, _ authorisation: ProxyAuthorisation) {
        let holder = CardHolder(idNumber: file.person.id.value, name: file.person.name, cardKind: .residentIDCard)
        state.actingProxy = ActingProxy(
            proxy: Proxy(name: authorisation.proxyName, relationship: authorisation.relationship,
                         maskedID: authorisation.proxyIDNumber.masked, consentRecorded: true,
                         authorisationID: authorisation.id),
            scope: authorisation.scope)
        var sessionFile = file
        sessionFile.openedByCoordinator = true
        sessionFile.proxyScope = authorisation.scope
        state.screen = .villager(VillagerSession(holder: holder, file: sessionFile))
        state.lastActivity = state.clock
    }
}

extension WallClockTime {
    /// The instant this wall-clock reading names in `timeZone`.
    func date(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute,
                                                  second: second)) ?? Date(timeIntervalSince1970: 0)
    }
}
