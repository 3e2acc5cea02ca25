import Foundation
import Testing
@testable import KioskServices

/// The configuration's bytes decode into a checked configuration or are refused with a reason naming the field.
struct KioskConfigDecodingTests {
    static let base = #"{"villageCode":"450124100210","villageName":"那料村","database":"/var/lib/village-kiosk/kiosk.sqlite""#

    static func decoded(_ tail: String) throws(ConfigProblem) -> KioskConfig {
        try KioskConfig.decoded(from: Data((base + tail + "}").utf8))
    }

    @Test("a minimal configuration takes the defaults and survives its own encoding")
    func defaultsAndRoundTrip() throws {
        let config = try Self.decoded("")
        #expect(config.timeZone == "Asia/Shanghai" && config.paperColumns == 32 && config.log == KioskLog.defaultPath)
        #expect(try KioskConfig.decoded(from: JSONEncoder().encode(config)) == config)
    }

    @Test("a missing or mistyped field is named by its path, nested ones too")
    func missingAndMistypedFields() {
        #expect(throws: ConfigProblem.missing("villageCode")) { try KioskConfig.decoded(from: Data(#"{"villageName":"x"}"#.utf8)) }
        #expect(throws: ConfigProblem.missing("hub.keyFile")) { try Self.decoded(#","hub":{"url":"https://h","kioskID":"K1"}"#) }
        #expect(throws: ConfigProblem.wrongType("paperColumns")) { try Self.decoded(#","paperColumns":"48""#) }
        #expect(throws: ConfigProblem.notJSON) { try KioskConfig.decoded(from: Data("villageCode=1".utf8)) }
        #expect(ConfigProblem.missing("hub.keyFile").reason == #"missing "hub.keyFile""#)
    }

    @Test("unusable values are refused: an unknown zone, paper columns out of range, a bad SMS sender or interval")
    func unusableValues() throws {
        #expect(throws: ConfigProblem.unknownTimeZone("Mars/Olympus")) { try Self.decoded(#","timeZone":"Mars/Olympus""#) }
        #expect(throws: ConfigProblem.paperColumns(0)) { try Self.decoded(#","paperColumns":0"#) }
        #expect(throws: ConfigProblem.paperColumns(65)) { try Self.decoded(#","paperColumns":65"#) }
        #expect(try Self.decoded(#","paperColumns":48"#).paperColumns == 48)
        #expect(throws: ConfigProblem.sms(#""intervalSeconds" must be a number of seconds, at least 1"#)) {
            try Self.decoded(#","sms":{"sender":"file","intervalSeconds":0}"#)
        }
        #expect(throws: ConfigProblem.sms(#""sender" must be "file" or "http", not "fax""#)) {
            try Self.decoded(#","sms":{"sender":"fax"}"#)
        }
        #expect(throws: ConfigProblem.sms(#""url" must be an http or https URL for the http sender"#)) {
            try Self.decoded(#","sms":{"sender":"http","url":"ftp://x"}"#)
        }
    }

    @Test("the fuzz corpus's full configuration decodes with every field and round-trips")
    func theFullExample() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus/KioskConfigFuzz/full.json")
        let config = try KioskConfig.decoded(from: Data(contentsOf: file))
        #expect(config.paperColumns == 48 && config.hub?.retentionDays == 90 && config.sms?.intervalSeconds == 30)
        #expect(try KioskConfig.decoded(from: JSONEncoder().encode(config)) == config)
    }
}
