// libFuzzer target: the kiosk's configuration file (/etc/village-kiosk/kiosk.json, written by hand by a technician)
// must decode into a checked configuration or be refused with a reason, never crash; a configuration that is taken
// encodes, and its encoding is taken again as the same configuration with the same defaults.
// fuzz-sources: Sources/KioskServices/Configuration

import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKioskConfig(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let start else { return 0 }
    let data = Data(bytes: start, count: count)
    let config: KioskConfig
    do {
        config = try KioskConfig.decoded(from: data)
    } catch {
        guard !error.reason.isEmpty else { fatalError("a refusal without a reason") }
        return 0
    }
    guard config.problem == nil, config.zone != nil else { fatalError("a configuration with a problem was taken") }
    let encoded: Data
    do {
        encoded = try JSONEncoder().encode(config)
    } catch {
        fatalError("a configuration that was taken does not encode: \(error)")
    }
    guard let again = try? KioskConfig.decoded(from: encoded) else {
        fatalError("the encoding of a configuration is refused: \(String(decoding: encoded, as: UTF8.self))")
    }
    guard again == config else {
        fatalError("the configuration changed through its encoding: \(String(decoding: encoded, as: UTF8.self))")
    }
    return 0
}
