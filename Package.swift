// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "boardpack",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "boardpack", targets: ["boardpack"]),
        .library(name: "BoardPack", targets: ["BoardPack"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CCmarkGFM",
            path: "Sources/CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Debian's libyaml-dev: its scanner finds where each record of a large dataset starts.
        .systemLibrary(
            name: "CLibYAML",
            path: "Sources/CLibYAML",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "BoardPack",
            dependencies: [
                "CCmarkGFM",
                "CLibYAML",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "boardpack",
            dependencies: [
                "BoardPack",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The YAMLDecoder baseline of `make bench`: part of the bench harness, not of the library.
        .executableTarget(
            name: "boardpack-bench-decode",
            dependencies: [.product(name: "Yams", package: "Yams")],
            path: "bench/decode-baseline"
        ),
        .testTarget(
            name: "BoardPackTests",
            dependencies: ["BoardPack"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
