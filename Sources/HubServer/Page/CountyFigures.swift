import Foundation
import KioskDomain
import KioskStore
import SyncProtocol

/// What the county page, `/county.csv` and `kiosk-hub report county` show, read from the storage in one place: the
/// entry counts, audit findings and village figures, judged against the policy tables the kiosks decide with (the
/// shipped ones and the county's latest published `policyTables` set).
public struct CountyFigures: Sendable {
    public var counts: [KioskEntryCount]
    public var findings: [AuditFinding]
    public var figures: [String: VillageFigures]
    public var policies: PolicyBook

    /// Figures from their parts.
    public init(counts: [KioskEntryCount], findings: [AuditFinding], figures: [String: VillageFigures], policies: PolicyBook) {
        self.counts = counts
        self.findings = findings
        self.figures = figures
        self.policies = policies
    }

    /// Reads the figures; `shipped` is the book the hub started with (the county's published tables join it).
    public static func read(from storage: any HubStorage,
                            shipped: PolicyBook = HubPolicies.shipped) async throws(HubStorageError) -> CountyFigures {
        CountyFigures(counts: try await storage.entryCounts(), findings: try await storage.auditFindings(),
                      figures: try await storage.villageFigures(),
                      policies: try await HubPolicies.inForce(from: storage, shipped: shipped))
    }

    /// The page's HTML.
    public func html(generatedAt: String) -> String {
        CountyPage.html(counts: counts, findings: findings, figures: figures, policies: policies, generatedAt: generatedAt)
    }

    /// The page's figures as CSV.
    public var csv: String { CountyPage.csv(counts: counts, findings: findings, figures: figures, policies: policies) }

    /// The CSV's columns and rows, for a plain listing (tab-separated, as the other reports).
    public var table: (header: [String], rows: [[String]]) {
        CountyPage.table(counts: counts, findings: findings, figures: figures, policies: policies)
    }

    /// The page's summary line's figures.
    public var summary: CountyPage.Summary {
        CountyPage.summary(counts: counts, findings: findings, figures: figures, policies: policies)
    }
}
