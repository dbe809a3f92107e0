// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Gongkai",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GongkaiCore", targets: ["GongkaiCore"]),
        .executable(name: "gongkai", targets: ["gongkai"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
        .executableTarget(
            name: "gongkai",
            dependencies: [
                "GongkaiCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "GongkaiBenchmarks",
            dependencies: ["GongkaiCore"],
            path: "Benchmarks/GongkaiBenchmarks"
        ),
        .testTarget(
            name: "GongkaiCoreTests",
            dependencies: ["GongkaiCore"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
