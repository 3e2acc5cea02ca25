import HubServer
import SyncProtocol
import Testing

struct AuditAnchoringTests {
    typealias F = HubFixtures

    @Test func aKiosksFirstBatchHasNothingToBeComparedWith() {
        #expect(AuditAnchoring.finding(head: F.head(5), proof: nil, latest: nil, heldAtProof: nil) == nil)
    }

    @Test func aChainThatGrewFromTheHeldHeadIsFine() {
        #expect(AuditAnchoring.finding(head: F.head(9, "b"), proof: F.head(5), latest: F.head(5),
                                       heldAtProof: F.head(5).hash) == nil)
    }

    @Test func aChainEndingBeforeTheHeldHeadWasCut() throws {
        let finding = try #require(AuditAnchoring.finding(head: F.head(3), proof: nil, latest: F.head(5), heldAtProof: nil))
        #expect(finding.contains("cut"))
    }

    @Test func aProofWhoseHashDiffersFromTheHeldOneShowsARewrite() throws {
        let finding = try #require(AuditAnchoring.finding(head: F.head(9, "c"), proof: F.head(5, "d"), latest: F.head(5),
                                                          heldAtProof: F.head(5).hash))
        #expect(finding.contains("rewritten"))
    }

    @Test func theSameSequenceWithAnotherHashShowsARewrite() throws {
        let finding = try #require(AuditAnchoring.finding(head: F.head(5, "e"), proof: F.head(5, "e"), latest: F.head(5),
                                                          heldAtProof: F.head(5).hash))
        #expect(finding.contains("rewritten"))
    }

    @Test func aMissingProofWhenTheHubHoldsAHeadIsReported() throws {
        let finding = try #require(AuditAnchoring.finding(head: F.head(9), proof: nil, latest: F.head(5), heldAtProof: nil))
        #expect(finding.contains("no proof"))
    }
}
