// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "glosten",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "glosten", targets: ["glosten"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure model: parameters, beliefs, quotes, the Bayes step, randomness. No I/O.
        .target(name: "MarketModel"),
        // Commands in, reply values out. Never touches the terminal.
        .target(name: "TeachingShell", dependencies: ["MarketModel"]),
        // libedit, through a module map and a shim header.
        .systemLibrary(
            name: "CEditLine",
            path: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Line readers: libedit for terminals, plain bytes for pipes and files.
        .target(name: "LineReading", dependencies: ["CEditLine"]),
        .executableTarget(
            name: "glosten",
            dependencies: [
                "TeachingShell", "LineReading",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MarketModelTests", dependencies: ["MarketModel"]),
        .testTarget(name: "TeachingShellTests", dependencies: ["TeachingShell", "MarketModel"], exclude: ["Transcripts"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TeachingShell"]),
        // The real binary under a pseudo-terminal: keys in, screen out.
        .testTarget(name: "InteractiveTests"),
    ]
)
