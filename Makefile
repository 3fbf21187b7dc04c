# The two commands in the README: `make render` and `make test`. Each installs what it needs first.
SWIFT ?= swift
SCENE ?= Scenes/gd-quadratic.json

.PHONY: setup build render test bench clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product gdviz

render: build
	"$$($(SWIFT) build -c release --show-bin-path)/gdviz" render $(SCENE)
	@echo "wrote Renders/$$(basename $(SCENE) .json).png"

test: setup
	$(SWIFT) test

bench: build
	scripts/bench.sh
	scripts/bench-animation.sh

clean:
	rm -rf .build
