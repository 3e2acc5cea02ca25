// swift-tools-version:6.0
// Village Kiosk: the self-service terminal of a Guangxi administrative village.
import PackageDescription

let package = Package(
    name: "VillageKiosk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kiosk", targets: ["kiosk"]),
        .executable(name: "kiosk-cardsim", targets: ["kiosk-cardsim"]),
        .executable(name: "kiosk-bench", targets: ["kiosk-bench"]),
        .executable(name: "kiosk-hub", targets: ["kiosk-hub"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
    ],
    targets: [
        // C shims: module maps and headers only.
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(name: "CPCSC", pkgConfig: "libpcsclite", providers: [.apt(["libpcsclite-dev"])]),

        // Everything a person sees and the rules' tables: strings, policy, demo village, reference codes.
        .target(
            name: "KioskAssets",
            path: "Assets",
            exclude: ["README.md"],
            sources: ["KioskAssets.swift"],
            resources: [.copy("strings"), .copy("policy"), .copy("demo"), .copy("reference")]
        ),

        // Text codecs shared by the card, store and printer code: CSV, hex, GBK and GB18030.
        .target(name: "TextCodecs", dependencies: [.product(name: "CSV", package: "CSV.swift")]),
        // The technicians' log: a swift-log handler appending lines to a file.
        .target(name: "KioskLogging", dependencies: [.product(name: "Logging", package: "swift-log")]),

        .target(name: "KioskDomain"),
        .target(name: "KioskStore", dependencies: [
            "KioskDomain", "TextCodecs",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        .target(name: "SmartCard", dependencies: [
            "CPCSC", "TextCodecs", .product(name: "Subprocess", package: "swift-subprocess"),
        ]),
        .target(name: "CardSimulator", dependencies: ["SmartCard", "TextCodecs"]),
        .target(name: "TerminalUI", dependencies: ["CNCursesW"]),
        .target(name: "KioskFlows", dependencies: ["KioskDomain", "TerminalUI", "TextCodecs"]),
        .target(name: "KioskSpeech", dependencies: [.product(name: "Subprocess", package: "swift-subprocess")]),
        .target(name: "ReceiptPrinter", dependencies: ["TerminalUI", "TextCodecs"]),

        // The edges the runtime calls (desks, card station, effect runner) and the one wiring of `run` and `demo`.
        .target(name: "KioskServices", dependencies: [
            "KioskAssets", "KioskDomain", "KioskStore", "SmartCard", "CardSimulator", "TerminalUI", "KioskFlows",
            "ReceiptPrinter", "KioskSpeech", "TextCodecs", "KioskLogging",
            .product(name: "Logging", package: "swift-log"),
            "KioskSync",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ]),

        .executableTarget(name: "kiosk", dependencies: [
            "KioskServices", "KioskAssets", "KioskDomain", "KioskStore", "SmartCard", "CardSimulator", "TerminalUI",
            "KioskFlows", "ReceiptPrinter", "TextCodecs", "KioskSync",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "kiosk-cardsim", dependencies: [
            "CardSimulator", "KioskAssets",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "kiosk-bench", dependencies: [
            "KioskAssets", "KioskDomain", "KioskStore", "SmartCard", "TerminalUI", "KioskFlows",
            .product(name: "GRDB", package: "GRDB.swift"),
            "HubServer", "SyncProtocol", "KioskSync",
            .product(name: "Logging", package: "swift-log"),
        ]),

        // Upstream: the wire format shared by kiosk and hub, the kiosk's sender, the county hub and its program.
        .target(name: "SyncProtocol", dependencies: [
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "CompressNIO", package: "compress-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        .target(name: "KioskSync", dependencies: [
            "SyncProtocol", "KioskStore", "KioskDomain", "TextCodecs",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
        ]),
        .target(name: "HubServer", dependencies: [
            "SyncProtocol", "KioskDomain", "KioskStore", "KioskAssets",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTLS", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "kiosk-hub", dependencies: [
            "HubServer", "SyncProtocol", "KioskDomain",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
        ]),

        // The crash-safety test's writer, kept out of the shipped `kiosk` program.
        .executableTarget(name: "kiosk-stress-writer", dependencies: ["KioskAssets", "KioskDomain", "KioskStore"],
                          path: "Tests/StressWriter"),

        .testTarget(name: "TextCodecsTests", dependencies: ["TextCodecs"]),
        .testTarget(name: "KioskLoggingTests", dependencies: [
            "KioskLogging", .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "KioskDomainTests", dependencies: ["KioskDomain", "KioskAssets"]),
        .testTarget(name: "KioskStoreTests", dependencies: [
            "KioskStore", "KioskDomain", "TextCodecs", "KioskAssets", "ChildProcessSupport",
            .product(name: "Subprocess", package: "swift-subprocess"),
        ]),
        .testTarget(name: "SmartCardTests", dependencies: ["SmartCard", "TextCodecs", "KioskAssets"]),
        .testTarget(name: "CardSimulatorTests", dependencies: [
            "CardSimulator", "SmartCard", "TextCodecs", "KioskAssets", "ChildProcessSupport",
        ]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "CNCursesW"]),
        .testTarget(
            name: "KioskFlowsTests", dependencies: ["KioskFlows", "KioskDomain", "TerminalUI", "KioskAssets"],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "KioskSpeechTests", dependencies: ["KioskSpeech"]),
        .testTarget(name: "ReceiptPrinterTests", dependencies: ["ReceiptPrinter", "TerminalUI"]),
        .testTarget(
            name: "KioskServicesTests",
            dependencies: ["KioskServices", "KioskStore", "KioskDomain", "KioskFlows", "KioskAssets", "SmartCard", "ChildProcessSupport", "CardSimulator"]
        ),
        // The tests' one way to run a child program (swift-subprocess), shared by the test targets.
        .target(name: "ChildProcessSupport", dependencies: [.product(name: "Subprocess", package: "swift-subprocess")],
                path: "Tests/ChildProcessSupport"),
        .testTarget(name: "EndToEndTests", dependencies: ["ChildProcessSupport"]),
        .testTarget(name: "SyncProtocolTests", dependencies: ["SyncProtocol"]),
        .testTarget(name: "HubServerTests", dependencies: [
            "HubServer", "SyncProtocol", "KioskDomain",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ]),
        .testTarget(name: "KioskSyncTests", dependencies: [
            "KioskSync", "HubServer", "SyncProtocol", "KioskStore", "KioskDomain", "KioskAssets", "ChildProcessSupport",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ]),
    ]
)

// Release builds link the Swift runtime and Foundation into each program (`-static-stdlib`): a kiosk then starts
// without resolving a dozen shared libraries' symbols. Each Swift target is compiled with the flag too, so that
// its imports name the static libraries' own dependencies for the linker.
for target in package.targets where target.type == .regular || target.type == .executable {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
    if target.type == .executable {
        target.linkerSettings = (target.linkerSettings ?? []) + [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
    }
}
