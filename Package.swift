// swift-tools-version:6.0
import Foundation
import PackageDescription

// `make test` (scripts/test.sh) sets GDVIZ_OPTIMIZE_ENGINE=1 and builds in a folder of its own
// (.build/make-test): the engine (the math most tests spend their time in) is compiled with
// optimisation there even in a debug build. Measured from a fresh clone: a few seconds more
// compiling, about 30 % less time summed over the tests (90.6 → 64.6 s); optimising the other
// library modules as well made the tests faster still but cost more compiling than it saved.
// `assert` stays on. Without the variable the manifest has no unsafe flags, so the engine stays
// usable as a package dependency.
let optimizedForTests: [SwiftSetting] = ProcessInfo.processInfo.environment["GDVIZ_OPTIMIZE_ENGINE"] == "1"
    ? [.unsafeFlags(["-O", "-assert-config", "Debug"])] : []

let package = Package(
    name: "gdviz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gdviz", targets: ["gdviz"]),
        // The engine is the one library for Swift users (docs/engine-api.md); the other modules
        // are the tool's parts and share `package` declarations only.
        .library(name: "GDVizEngine", targets: ["GDVizEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure math: expressions, differentiation, optimizers, contours. No Cairo.
        .target(name: "GDVizEngine", swiftSettings: optimizedForTests),
        // Scene files: JSON model, validation with JSON paths, evaluation through the engine.
        .target(name: "GDVizScene", dependencies: ["GDVizEngine"]),
        // Cairo and FreeType, found by pkg-config.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev", "libfreetype-dev"]), .brew(["cairo", "freetype"])]
        ),
        // libpng, found by pkg-config, and the C side of PNG encoding (libpng reports errors by
        // longjmp, which must stay in C; zlib, which libpng depends on, deflates the rows in chunks).
        .systemLibrary(name: "CLibPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"]), .brew(["libpng"])]),
        .target(name: "CPNGEncoder", dependencies: ["CLibPNG"], linkerSettings: [.linkedLibrary("z")]),
        // giflib and libwebp (with its mux/demux libraries) for animated GIF and WebP output.
        .systemLibrary(name: "CGif", pkgConfig: "libgif", providers: [.apt(["libgif-dev"]), .brew(["giflib"])]),
        .systemLibrary(name: "CWebP", pkgConfig: "libwebpmux", providers: [.apt(["libwebp-dev"]), .brew(["webp"])]),
        // Figures, axes, layers and text drawn with Cairo into PNG / SVG / PDF, animations into GIF / WebP / MP4.
        .target(name: "GDVizRender", dependencies: ["GDVizEngine", "GDVizScene", "CCairo", "CPNGEncoder", "CGif", "CWebP"]),
        // `gdviz check` as a library: the compare/record loop, metrics, reports, image reading.
        .target(name: "GDVizCheck", dependencies: ["GDVizScene", "GDVizRender"]),
        // Exact fixed-notation number formatting, and the snprintf that cairo's SVG and PDF
        // writers bind to in the gdviz process (C-library bytes, a fraction of the time).
        .target(name: "CFixedNotation"),
        // The command-line tool: parses arguments, wires scene → engine → renderer, prints.
        .executableTarget(
            name: "gdviz",
            dependencies: [
                "GDVizScene", "GDVizRender", "GDVizCheck", "CFixedNotation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A fully static release executable on Linux (every figure is one process): no dynamic
            // loader at start, which mapped 27 libraries (cairo alone pulls in X11 and xcb) and
            // applied their symbol relocations — about 5 ms of `gdviz --version`'s 9 ms. The same
            // Debian libraries, from their static archives (the -dev packages setup.sh installs);
            // cairo's snprintf calls still bind to CFixedNotation's. Static executables are not PIE,
            // so the Swift runtime's ~80 000 relative relocations stay resolved at link time too.
            // Debug builds and tests link the shared libraries as before.
            linkerSettings: [.unsafeFlags(["-static-executable", "-lpixman-1", "-lfontconfig", "-lexpat", "-lfreetype", "-lpng16",
                                           "-lbrotlidec", "-lbrotlicommon", "-lz", "-lm"],
                                          .when(platforms: [.linux], configuration: .release))]
        ),
        // Shared by the test targets: one tolerance helper, one seeded generator, one recording
        // canvas, self-cleaning temporary folders, the gallery rendered once per run.
        .target(name: "GDVizTestSupport", dependencies: ["GDVizEngine", "GDVizScene", "GDVizRender"],
                path: "Tests/GDVizTestSupport"),
        .testTarget(name: "GDVizEngineTests", dependencies: ["GDVizEngine", "GDVizTestSupport"]),
        // Uses the engine as an outside package would: `package` declarations are invisible here,
        // so this compiles only against the public API that docs/engine-api.md documents.
        .testTarget(name: "GDVizEngineAPITests", dependencies: ["GDVizEngine"], packageAccess: false),
        .testTarget(name: "GDVizSceneTests", dependencies: ["GDVizScene", "GDVizTestSupport"]),
        .testTarget(name: "GDVizRenderTests", dependencies: ["GDVizRender", "GDVizTestSupport", "CFixedNotation"]),
        .testTarget(name: "GDVizCheckTests", dependencies: ["GDVizCheck", "GDVizRender", "GDVizScene", "GDVizTestSupport"]),
        .testTarget(name: "GDVizCLITests", dependencies: ["gdviz", "GDVizScene", "GDVizTestSupport"]),
    ]
)
