// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Gongkai",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GongkaiCore", targets: ["GongkaiCore"]),
        .library(name: "GongkaiApp", targets: ["GongkaiApp"]),
        .library(name: "GongkaiWeb", targets: ["GongkaiWeb"]),
        .executable(name: "gongkai", targets: ["gongkai"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/fluent-kit", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent", from: "4.13.0"),
        .package(url: "https://github.com/vapor/leaf", from: "4.5.2"),
        .package(url: "https://github.com/vapor/leaf-kit", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // The WebDriver client of the browser tests (already in the graph through Vapor).
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        // libxml2: the HTML parser of record for portal pages and the XML parser for .docx parts.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Pure core: templates, model, readers, extraction, auditor. No database, no HTTP.
        .target(
            name: "GongkaiCore",
            dependencies: [
                "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources")]
        ),
        // The app library: casework stored with Fluent in SQLite or PostgreSQL; import, report, demo.
        // No zip or XML of its own: ledgers are opened through the core's hardened readers.
        .target(
            name: "GongkaiApp",
            dependencies: [
                "GongkaiCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
                // SHA-256 for the portal's 查询码 and attachment digests (already in the graph through Vapor).
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The web platform: Vapor + Leaf over the app's services (portal, staff console, letters).
        .target(
            name: "GongkaiWeb",
            dependencies: [
                "GongkaiCore",
                "GongkaiApp",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "LeafKit", package: "leaf-kit"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "gongkai",
            dependencies: [
                "GongkaiCore",
                "GongkaiApp",
                "GongkaiWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "GongkaiBenchmarks",
            dependencies: ["GongkaiCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Benchmarks/GongkaiBenchmarks"
        ),
        // libFuzzer target for the reading pipeline (scripts/fuzz.sh); a corpus replayer otherwise.
        .executableTarget(
            name: "GongkaiFuzz",
            dependencies: ["GongkaiCore"],
            path: "Fuzz/GongkaiFuzz"
        ),
        .testTarget(
            name: "GongkaiAppTests",
            dependencies: [
                "GongkaiApp",
                "GongkaiCore",
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Routes, roles and pages against a real server and database; the browser journeys over WebDriver.
        .testTarget(
            name: "GongkaiWebTests",
            dependencies: [
                "GongkaiWeb",
                "GongkaiApp",
                "GongkaiCore",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .testTarget(
            name: "GongkaiCoreTests",
            dependencies: ["GongkaiCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        // The CLI as users run it: the built `gongkai` binary, its output and exit codes.
        .testTarget(
            name: "GongkaiCLITests",
            dependencies: [
                "gongkai", "GongkaiCore", "GongkaiApp", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
