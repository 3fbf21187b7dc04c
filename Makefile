# The two commands in the README: `make render` and `make test`. Each installs what it needs first.
SWIFT ?= swift
SCENE ?= Scenes/gd-quadratic.json

.PHONY: setup build render test bench fuzz clean

setup:
	@scripts/setup.sh

# The Swift runtime and Foundation are linked into the binary: each run then starts in about
# half the time (no symbol lookups across a dozen Swift libraries), which small scenes feel most.
# On Linux the release executable is fully static (Package.swift links cairo and the other C
# libraries from their -dev packages' static archives): no dynamic loader runs at start.
RELEASE = -c release --static-swift-stdlib

build: setup
	$(SWIFT) build $(RELEASE) --product gdviz

render: build
	"$$($(SWIFT) build $(RELEASE) --show-bin-path)/gdviz" render $(SCENE)
	@echo "wrote Renders/$$(basename $(SCENE) .json).png"

# Builds once (the engine optimised, in .build/make-test), then runs the tests in two
# processes, one per core (scripts/test.sh says how and why); `swift test` runs the same tests in one.
test: setup
	SWIFT=$(SWIFT) scripts/test.sh

bench: build
	scripts/bench.sh
	scripts/bench-animation.sh

# A bounded libFuzzer run of both targets (FUZZ_SECONDS each; see scripts/fuzz.sh). Not part of
# `make test`: it compiles the sources again with sanitizers.
FUZZ_SECONDS ?= 60
fuzz: setup
	scripts/fuzz.sh expression $(FUZZ_SECONDS)
	scripts/fuzz.sh scene $(FUZZ_SECONDS)

clean:
	rm -rf .build
