import KioskDomain
import TerminalUI

/// A villager's session between the greeting and the end: the service menu, each service's flow,
/// the confirmation, recording and the receipt.
enum VillagerFlow {
    /// The store answered with what it knows of the card holder.
    static func loaded(_ state: inout KioskState, _ file: VillagerFile) -> [KioskEffect] {
        switch state.screen {
        case .identified(let holder) where holder.idNumber == file.person.id.value:
            var file = file
            file.openedByCoordinator = state.coordinator != nil
            state.screen = .villager(VillagerSession(holder: holder, file: file))
        case .villager(var session) where session.holder.idNumber == file.person.id.value:
            var file = file
            file.openedByCoordinator = session.file.openedByCoordinator
            file.proxyScope = session.file.proxyScope
            session.file = file
            state.screen = .villager(session)
        default:
            break
        }
        return []
    }

    /// A key in a villager's session.
    static func reduce(
        _ session: VillagerSession, _ key: Key, settings: KioskSettings, actor: Actor
    ) -> (VillagerSession, [KioskEffect]) {
        var session = session
        switch session.step {
        case .menu(let selected):
            let services = session.services
            switch MenuKeys.choice(key, count: services.count, selected: selected) {
            case .moved(let index):
                session.step = .menu(selected: index)
            case .chosen(let index):
                session.step = CardPINStage.guarded(start(services[index], session.file), session, actor: actor,
                                                    settings: settings)
            case .back, .none:
                break
            }
        case .refused, .recordFailed:
            if key == .escape || key == .character("0") || key == .enter {
                session.step = .menu(selected: 0)
            }
        case .flow(let flow):
            session.step = CardPINStage.guarded(handle(flow, key, session.file), session, actor: actor, settings: settings)
        case .cardPIN(let stage):
            let (step, effects) = CardPINStage.reduce(stage, key, holder: session.holder)
            session.step = step
            return (session, effects)
        case .confirming(let pending):
            if key == .character("1") || key == .enter {
                session.step = .recording(pending)
                return (session, [.record(pending.event, actor)])
            }
            if key == .escape || key == .character("0") {
                session.step = .menu(selected: 0)
            }
        case .recording:
            break
        case .receipt(let receipt, let status):
            if key == .character("1"), settings.hasPrinter, status != .printing {
                session.step = .receipt(receipt, .printing)
                return (session, [.printReceipt(receipt)])
            }
            if key == .escape || key == .character("0") || key == .enter {
                session.step = .menu(selected: 0)
            }
        }
        return (session, [])
    }

    /// The store recorded the confirmed business: show the receipt, print it, refresh the file.
    static func recorded(_ state: inout KioskState, _ receipt: Receipt) -> [KioskEffect] {
        guard case .villager(var session) = state.screen, case .recording = session.step,
              session.holder.idNumber == receipt.personID.value else {
            return []
        }
        session.step = .receipt(receipt, state.settings.hasPrinter ? .printing : .noPrinter)
        state.screen = .villager(session)
        var effects: [KioskEffect] = [.loadVillager(session.holder)]
        if state.settings.hasPrinter {
            effects.append(.printReceipt(receipt))
        }
        return effects
    }

    /// The store could not record it.
    static func recordFailed(_ state: inout KioskState, _ problem: UserMessage) {
        guard case .villager(var session) = state.screen, case .recording = session.step else { return }
        session.step = .recordFailed(problem)
        state.screen = .villager(session)
    }

    /// The printer answered.
    static func printed(_ state: inout KioskState, failure: UserMessage?) {
        guard case .villager(var session) = state.screen, case .receipt(let receipt, .printing) = session.step else { return }
        session.step = .receipt(receipt, failure.map { .failed($0) } ?? .printed)
        state.screen = .villager(session)
    }

    /// Why a service would be refused the moment it is chosen: the refusals its flow starts with, or none.
    static func refusalsAtStart(_ service: VillagerService, _ file: VillagerFile) -> [ServiceRefusal] {
        if case .refused(_, let refusals) = start(service, file) { return refusals }
        return []
    }

    private static func start(_ service: VillagerService, _ file: VillagerFile) -> VillagerStep {
        switch service {
        case .certification: step(CertificationFlow.start(file), service, ServiceFlowState.certification)
        case .queries: step(QueryFlow.start(file), service, ServiceFlowState.queries)
        case .enrolment: step(EnrolmentFlow.start(file), service, ServiceFlowState.enrolment)
        case .contribution: step(ContributionFlow.start(file), service, ServiceFlowState.contribution)
        case .benefitClaim: step(BenefitClaimFlow.start(file), service, ServiceFlowState.benefitClaim)
        case .transfer: step(TransferFlow.start(file), service, ServiceFlowState.transfer)
        case .cancellation: step(CancellationFlow.start(file), service, ServiceFlowState.cancellation)
        case .employment: step(EmploymentServiceFlow.start(file), service, ServiceFlowState.employment)
        }
    }

    private static func handle(_ flow: ServiceFlowState, _ key: Key, _ file: VillagerFile) -> VillagerStep {
        switch flow {
        case .certification(let f): step(f.handle(key, file), .certification, ServiceFlowState.certification)
        case .queries(let f): step(f.handle(key, file), .queries, ServiceFlowState.queries)
        case .enrolment(let f): step(f.handle(key, file), .enrolment, ServiceFlowState.enrolment)
        case .contribution(let f): step(f.handle(key, file), .contribution, ServiceFlowState.contribution)
        case .benefitClaim(let f): step(f.handle(key, file), .benefitClaim, ServiceFlowState.benefitClaim)
        case .transfer(let f): step(f.handle(key, file), .transfer, ServiceFlowState.transfer)
        case .cancellation(let f): step(f.handle(key, file), .cancellation, ServiceFlowState.cancellation)
        case .employment(let f): step(f.handle(key, file), .employment, ServiceFlowState.employment)
        }
    }

    /// The session step a flow's result leads to.
    static func step<Flow: ServiceFlow>(
        _ result: FlowResult<Flow>, _ service: VillagerService, _ wrap: (Flow) -> ServiceFlowState
    ) -> VillagerStep {
        switch result {
        case .next(let flow): .flow(wrap(flow))
        case .back: .menu(selected: 0)
        case .refused(let refusals): .refused(service, refusals)
        case .confirm(let pending): .confirming(pending)
        }
    }
}
