// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "impact",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "impact", targets: ["impact"]),
        .library(name: "ImpactKit", targets: ["ImpactKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // C libraries, each reached from exactly one Swift file (Store/SQLite.swift, Render/XlsxWriter.swift,
        // Read/SHA256.swift, Read/XLSX/ZipFile.swift).
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CInflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "ImpactKit",
            dependencies: [
                "CSQLite", "CXlsxWriter", "CLibCrypto", "CInflate",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ],
            // Release builds leave out Swift's run-time exclusivity checks (debug builds, which the tests run,
            // keep them): they were ~5% of an ingest's instructions (callgrind, 100k dossiers, the SHA-256
            // left aside: first quarter 2,599M -> 2,466M, next 710M -> 665M); 1M-dossier A/B (bench/pairs.py)
            // first ingest 0.956 wall, 0.961 CPU (20 pairs), next quarter 0.934, 0.944 (24 pairs).
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "impact",
            dependencies: ["ImpactKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "ImpactKitTests",
            // ZIPFoundation writes the fuzz tests' damaged workbooks; impact reads zips with Read/XLSX/ZipFile.swift.
            dependencies: ["ImpactKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
