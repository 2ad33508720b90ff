// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "glosten",
    // No `platforms`: glosten is built and tested on Linux only (Glibc in the executable, the line
    // readers and the end-to-end tests; libedit through apt). Darwin is not claimed until it is built.
    products: [
        .executable(name: "glosten", targets: ["glosten"]),
        // The class server, built only the first time a teacher hosts (`glosten host`): the solo
        // shell never waits for Hummingbird, NIO or GRDB.
        .executable(name: "glosten-host", targets: ["glosten-host"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The class server's: HTTP and WebSocket (Hummingbird 2), the event log (GRDB on SQLite).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // What every market model shares: orders, traders, sides, intervals, the generator, normal
        // draws, Roll's estimator, exact sums and the parallel runner. No I/O.
        .target(name: "MarketCore"),
        // The binary (Glosten–Milgrom / Easley–O'Hara) model: parameters, beliefs, quotes, the Bayes
        // step, nature, the Monte Carlo engine. No I/O.
        .target(name: "MarketModel", dependencies: ["MarketCore"]),
        // The shell's kit: the seam every model plugs into (`ModelMarket`, `ModelDescriptor`), the
        // shared vocabulary (lines, format, charts, errors, files, the parameter and verb tables), and
        // the interpreter, lessons, drills and games. Commands in, reply values out; never touches the
        // terminal. It depends on no model's adapter: the compiler keeps the shell out of a model.
        .target(name: "ShellKit", dependencies: ["MarketCore"]),
        // One adapter per model: the model's verbs, views, help, record and drills, on ShellKit and
        // the model's pure module only, so no model reaches into another. Its help text is Markdown
        // (`Help/NAME.md`), carried in the code as bytes (`PackageResources.NAME_md`, no bundle).
        .target(
            name: "BinaryShell", dependencies: ["ShellKit", "MarketModel"], resources: [.embedInCode("Help/binary.md")]),
        .target(
            name: "NormalShell", dependencies: ["ShellKit", "NormalValue"], resources: [.embedInCode("Help/normal.md")]),
        .target(
            name: "KyleShell", dependencies: ["ShellKit", "KyleModel"], resources: [.embedInCode("Help/kyle.md")]),
        .target(
            name: "RollShell", dependencies: ["ShellKit", "DealerModels"], resources: [.embedInCode("Help/roll.md")]),
        .target(
            name: "InventoryShell", dependencies: ["ShellKit", "DealerModels"],
            resources: [.embedInCode("Help/inventory.md")]),
        .target(
            name: "PINShell", dependencies: ["ShellKit", "PINModel"], resources: [.embedInCode("Help/pin.md")]),
        .target(
            name: "CopelandShell", dependencies: ["ShellKit", "CopelandGalai"],
            resources: [.embedInCode("Help/copeland.md")]),
        // The class games' engine (issue 25): the room's state rebuilt by replaying its events, the
        // frames each seat and the teacher receive. Pure: no I/O, no clock, no model module.
        .target(name: "ClassRoom", dependencies: ["ShellKit", "MarketCore", "ModelRegistry"]),
        // The one place that names every model: the registry the shell opens markets from.
        .target(
            name: "ModelRegistry",
            dependencies: [
                "ShellKit", "BinaryShell", "NormalShell", "KyleShell", "RollShell", "InventoryShell", "PINShell",
                "CopelandShell",
            ]),
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
                "ShellKit", "ModelRegistry", "LineReading", "Homework",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["EmbedLessons"]
        ),
        // Homework (issue 26): assignments, per-student numbers, completion codes and their replay.
        // On ShellKit's seam only, never on a model's module; the shipped assignments are carried
        // in the code (`PackageResources.NAME_txt`).
        .target(
            name: "Homework", dependencies: ["ShellKit", "MarketCore"],
            resources: [
                .embedInCode("Assignments/bayes.txt"), .embedInCode("Assignments/examples.txt"),
                .embedInCode("Assignments/drills.txt"), .embedInCode("Assignments/games.txt"),
            ]),
        // The shipped lessons, carried inside the glosten binary (lessons/*.md at build time).
        .executableTarget(name: "embed-lessons"),
        .plugin(name: "EmbedLessons", capability: .buildTool(), dependencies: ["embed-lessons"]),
        .executableTarget(
            name: "glosten-bench", dependencies: ["MarketModel", "NormalValue", "PINModel", "Homework", "ModelRegistry"]),
        // The normal-value model v ~ N(m, σ²): exact posterior, GM fixed-point quotes. Pure, no I/O.
        .target(name: "NormalValue", dependencies: ["MarketCore"]),
        // Kyle's (1985) N-auction market: the equilibrium by its exact backward recursion, one
        // auction's update, nature's draws. Pure, no I/O.
        .target(name: "KyleModel", dependencies: ["MarketCore"]),
        // Dealer models beside GM: Roll's (1984) bid–ask bounce and Stoll's / Ho–Stoll's inventory
        // dealer. Pure, no I/O.
        .target(name: "DealerModels", dependencies: ["MarketCore"]),
        // The EKOP (1996) model of daily buy and sell counts: the day-level Bayes, quotes, the
        // likelihood, maximum-likelihood estimation of PIN, simulated days, the counts CSV. Pure, no I/O.
        .target(name: "PINModel", dependencies: ["MarketCore"]),
        // Copeland and Galai's (1983) single-period dealer: V ~ U[m − w, m + w], informed arrivals and
        // liquidity traders with reservation premiums u ~ U[0, C]; the profit-maximising half-spread in
        // closed form, when the market shuts, one arrival's draw. Pure, no I/O.
        .target(name: "CopelandGalai", dependencies: ["MarketCore"]),
        // What the model tests share (closeness with one default tolerance, parameter builders
        // whose defaults are the model's own, a sample's mean and standard error): public API only,
        // so it builds in any configuration.
        .target(name: "ModelTestSupport", dependencies: ["MarketModel"], path: "Tests/ModelTestSupport"),
        .testTarget(name: "MarketCoreTests", dependencies: ["MarketCore"]),
        // What the shell tests share: the test shell (`Interpreter.forTests`, the one place a test
        // builds an Interpreter, with the shipped models), sending it lines, replaying a save, files
        // kept in memory, lesson folders. Beside ModelTestSupport, not in it, so that the model tests
        // do not build the shell. Public API only (no `@testable import`), so it builds in any
        // configuration, release too.
        .target(
            name: "ShellTestSupport", dependencies: ["ShellKit", "ModelRegistry"], path: "Tests/ShellTestSupport"),
        .testTarget(name: "MarketModelTests", dependencies: ["MarketModel", "ModelTestSupport"]),
        .testTarget(name: "SimulationTests", dependencies: ["MarketModel", "ModelTestSupport"]),
        .testTarget(name: "NormalValueTests", dependencies: ["NormalValue", "MarketModel", "ModelTestSupport"]),
        .testTarget(name: "KyleModelTests", dependencies: ["KyleModel", "ModelTestSupport"]),
        .testTarget(name: "DealerModelsTests", dependencies: ["DealerModels", "MarketCore", "ModelTestSupport"]),
        .testTarget(name: "PINModelTests", dependencies: ["PINModel", "ModelTestSupport"]),
        .testTarget(name: "CopelandGalaiTests", dependencies: ["CopelandGalai", "ModelTestSupport"]),
        .testTarget(
            name: "TeachingShellTests",
            dependencies: [
                "ShellKit", "ModelRegistry", "MarketModel", "BinaryShell", "NormalShell", "KyleShell", "RollShell",
                "InventoryShell", "PINShell", "CopelandShell", "ModelTestSupport", "ShellTestSupport",
            ], exclude: ["Transcripts"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ShellKit", "ModelRegistry", "Homework"]),
        .testTarget(name: "LineReadingTests", dependencies: ["LineReading"]),
        .testTarget(name: "HomeworkTests", dependencies: ["Homework", "ShellKit", "ModelRegistry", "ShellTestSupport"]),
        .testTarget(
            name: "ClassRoomTests", dependencies: ["ClassRoom", "ShellKit", "MarketCore", "ModelRegistry", "ShellTestSupport"]),
        // The real binary under a pseudo-terminal: keys in, screen out.
        .testTarget(name: "InteractiveTests"),
        // The class server (`glosten host`): the only targets that see Hummingbird, NIO and GRDB.
        // libqrencode, through a module map and a shim header, for the join QR code in the terminal.
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        // The student page (embedded, no CDN), `/join`, one WebSocket per student, the SQLite event
        // log written before anything about an event is sent, the console protocol to the shell.
        .target(
            name: "ClassServer",
            dependencies: [
                "CQREncode", "ShellKit", "ClassRoom", "ModelRegistry",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [
                .embedInCode("Page/index.html"), .embedInCode("Page/page.css"), .embedInCode("Page/page.js"),
            ]),
        .executableTarget(name: "glosten-host", dependencies: ["ClassServer"]),
        .testTarget(
            name: "ClassServerTests",
            dependencies: [
                "ClassServer", "ClassRoom", "ShellKit",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdWSTesting", package: "hummingbird-websocket"),
            ]),
    ]
)

// The libFuzzer targets, seen only by scripts/fuzz (GLOSTEN_FUZZ=1), which builds them with
// -sanitize=fuzzer,address: one command line, a whole script, and a lesson file.
if Context.environment["GLOSTEN_FUZZ"] != nil {
    package.targets.append(
        .target(
            name: "FuzzSupport", dependencies: ["ShellKit", "ModelRegistry", "BinaryShell", "MarketModel"],
            path: "Fuzz/Support"))
    package.targets += ["command", "script", "lesson"].map { entry in
        .executableTarget(name: "fuzz-\(entry)", dependencies: ["FuzzSupport", "ShellKit", "ModelRegistry"], path: "Fuzz/\(entry)")
    }
}
