import Foundation
import Testing
@testable import KioskDomain

struct CoordinatorProxyTests {
    typealias F = DomainFixtures

    func authorisation(scope: Set<ProxyService>, from: String = "2026-01-01", until: String = "2026-12-31",
                       revoked: Bool = false) -> ProxyAuthorisation {
        ProxyAuthorisation(personID: F.idNumber(born: F.day("1940-02-02")), kind: .authorisedProxy, proxyName: "覃建国",
                           relationship: "son", proxyIDNumber: F.idNumber(born: F.day("1968-05-05"), sequence: 211),
                           scope: scope, validFrom: F.day(from), expiresOn: F.day(until),
                           consentRecordedAt: Date(timeIntervalSince1970: 1_767_225_600), consentEvidence: "signed form",
                           revoked: revoked)
    }

    @Test func permitsAServiceInScopeUpToAndIncludingTheExpiryDay() {
        let a = authorisation(scope: [.certification, .contribution])
        #expect(a.permits(service: .certification, on: F.day("2026-01-01")))
        #expect(a.permits(service: .contribution, on: F.day("2026-12-31")))
    }

    @Test func refusesAfterExpiryWithTheExpiryDay() {
        let a = authorisation(scope: [.certification])
        #expect(!a.permits(service: .certification, on: F.day("2027-01-01")))
        #expect(a.refusals(service: .certification, on: F.day("2027-01-01")) == [.expired(on: F.day("2026-12-31"))])
        #expect(ProxyRefusal.expired(on: F.day("2026-12-31")).messageKey == "proxy.refusal.expired")
    }

    @Test func refusesAServiceOutOfScope() {
        let a = authorisation(scope: [.certification])
        #expect(a.refusals(service: .transfer, on: F.day("2026-06-01")) == [.outOfScope(.transfer)])
        #expect(ProxyRefusal.outOfScope(.transfer).parameters == ["service": "transfer"])
    }

    @Test func refusesBeforeItStartsAndWhenRevokedAndListsEveryReason() {
        let a = authorisation(scope: [.certification], from: "2026-03-01", revoked: true)
        #expect(a.refusals(service: .cancellation, on: F.day("2026-02-01"))
            == [.revoked, .notYetValid(from: F.day("2026-03-01")), .outOfScope(.cancellation)])
    }
}
