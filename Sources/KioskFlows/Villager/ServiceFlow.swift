import KioskDomain
import TerminalUI

/// One service's own screens, between the service menu and the shared confirmation screen.
///
/// A flow is a value: it starts from the villager's file, handles keys, and draws itself. What it
/// decides goes through the pure decision functions of `KioskDomain`.
public protocol ServiceFlow: Sendable, Equatable {
    /// Starts the flow for this villager: its first screen, or a refusal, or straight to confirmation.
    static func start(_ file: VillagerFile) -> FlowResult<Self>
    /// The flow after a key.
    func handle(_ key: Key, _ file: VillagerFile) -> FlowResult<Self>
    /// Draws the current step inside `area` (the title bar and status line are drawn around it).
    func draw(in grid: inout Grid, area: Rect, _ context: ScreenContext, _ file: VillagerFile)
    /// The message key of the current step's title.
    var titleKey: String { get }
}

/// Where a flow goes after a key.
public enum FlowResult<Flow: ServiceFlow>: Sendable, Equatable {
    /// Stay in the flow, at this step.
    case next(Flow)
    /// Leave the flow for the service menu.
    case back
    /// The rules refuse: show why, then back to the menu.
    case refused([ServiceRefusal])
    /// Ask the villager to confirm what will be recorded.
    case confirm(PendingRecord)
}

/// The flow in progress, one case per service.
public enum ServiceFlowState: Sendable, Equatable {
    case certification(CertificationFlow)
    case queries(QueryFlow)
    case enrolment(EnrolmentFlow)
    case contribution(ContributionFlow)
    case benefitClaim(BenefitClaimFlow)
    case transfer(TransferFlow)
    case cancellation(CancellationFlow)
    case employment(EmploymentServiceFlow)
}
