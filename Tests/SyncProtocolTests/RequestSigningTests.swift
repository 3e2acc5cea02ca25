import Foundation
import SyncProtocol
import Testing

struct RequestSigningTests {
    let key = KioskKey.generate().signingKey
    let instant = Date(timeIntervalSince1970: 1_795_000_000)
    let body = Data(#"{"entries":[]}"#.utf8)

    @Test func aSignedRequestVerifiesAtTheSameInstant() throws {
        let signed = SignedRequest.sign(method: "POST", path: "/v1/batches", body: body, kioskID: "K1", key: key,
                                        at: instant)
        try signed.verify(method: "POST", path: "/v1/batches", body: body, key: key, at: instant)
    }

    @Test func aChangedBodyPathMethodOrKeyIsRefusedAsABadSignature() {
        let signed = SignedRequest.sign(method: "POST", path: "/v1/batches", body: body, kioskID: "K1", key: key,
                                        at: instant)
        let cases: [(String, String, Data, SigningKey)] = [
            ("POST", "/v1/batches", Data(#"{"entries":[1]}"#.utf8), key),
            ("POST", "/v1/decisions", body, key),
            ("GET", "/v1/batches", body, key),
            ("POST", "/v1/batches", body, KioskKey.generate().signingKey),
        ]
        for (method, path, otherBody, otherKey) in cases {
            #expect(throws: RequestRefusal(.badSignature)) {
                try signed.verify(method: method, path: path, body: otherBody, key: otherKey, at: instant)
            }
        }
    }

    @Test func aClockTenMinutesOffIsRefusedWithAMessageSayingSo() throws {
        let signed = SignedRequest.sign(method: "POST", path: "/p", body: body, kioskID: "K1", key: key,
                                        at: instant.addingTimeInterval(-600))
        let refusal = try #require(throws: RequestRefusal.self) {
            try signed.verify(method: "POST", path: "/p", body: body, key: key, at: instant)
        }
        #expect(refusal.code == .clockSkew)
        #expect(refusal.message.contains("600 s behind"))
        #expect(refusal.message.contains("more than 5 minutes"))
    }

    @Test func aClockFourMinutesOffIsAccepted() throws {
        let signed = SignedRequest.sign(method: "POST", path: "/p", body: body, kioskID: "K1", key: key,
                                        at: instant.addingTimeInterval(240))
        try signed.verify(method: "POST", path: "/p", body: body, key: key, at: instant)
    }

    @Test func headersRoundTripThroughParse() throws {
        let signed = SignedRequest.sign(method: "POST", path: "/p", body: body, kioskID: "K-1", key: key, at: instant)
        let headers = Dictionary(uniqueKeysWithValues: signed.headers)
        let parsed = try SignedRequest.parse { headers[$0] }
        #expect(parsed == signed)
    }

    @Test func missingHeadersAreRefusedAsUnsigned() {
        #expect(throws: RequestRefusal(.unsigned)) { try SignedRequest.parse { _ in nil } }
    }

    @Test func theKioskKeyPrintsAndReadsBackAndItsSigningKeyIsNotTheKeyItself() throws {
        let secret = KioskKey.generate()
        let read = try #require(KioskKey(text: "  \(secret.text)\n"))
        #expect(read == secret)
        #expect(secret.text.count == 64)
        #expect(secret.signingKey.text != secret.text)
        #expect(secret.signingKey == read.signingKey)
        #expect(KioskKey(text: "12ab") == nil)
    }
}
