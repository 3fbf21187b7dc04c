#!/usr/bin/env bash
# `make test`: builds the tests once, with the engine optimised (Package.swift,
# GDVIZ_OPTIMIZE_ENGINE) in a build folder of its own, .build/make-test, so `swift build` and
# `swift test` in .build keep their debug build; then runs the tests as two processes at once,
# one per core. `swift test` alone runs the same tests in one process, unoptimised.
#
# The split: the first process runs the classes that use the shared gallery (GDVizTestSupport's
# `Gallery`, evaluated and rendered once per process) and most command-line classes (they start
# the gallery render in the background while they wait for `gdviz`); the second process runs
# everything the first does not (`--skip` with the same pattern as the first's `--filter`), so a
# new test class always runs. Each process writes its own log; both are printed in a fixed order
# once both have finished, then one closing line for the two.
# usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}
export GDVIZ_OPTIMIZE_ENGINE=1
build=(--scratch-path .build/make-test)

# Measured split (about equal halves): the gallery classes and four command-line classes in the
# first process; the other command-line classes go to the second, with the classes not named here.
first_classes=(
  GDVizCheckTests.GalleryCheckTests
  GDVizRenderTests.GalleryVectorOutputTests
  GDVizRenderTests.LayoutCollisionTests
  GDVizRenderTests.SVGCanonicalizerTests
  GDVizRenderTests.SceneRenderTests
  GDVizRenderTests.ThemeContrastTests
  GDVizCLITests.AnimationCheckTests
  GDVizCLITests.CheckCommandTests
  GDVizCLITests.RenderCommandTests
  GDVizCLITests.TraceCommandTests
)
first_pattern="^($(IFS='|'; echo "${first_classes[*]}" | sed 's/\./\\./g'))/"

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# The Python environment SceneSchemaTests uses is made (once) while the tests compile.
scripts/python-env.sh >"$logs/python-env.log" 2>&1 &
python_env=$!
$swift build --build-tests "${build[@]}"
wait "$python_env" || true  # without it SceneSchemaTests skips and says why

# Every named class must exist: a renamed class would otherwise just move to the second process.
$swift test list --skip-build "${build[@]}" >"$logs/list.txt"
for class in "${first_classes[@]}"; do
  grep -q "^$class/" "$logs/list.txt" || { echo "scripts/test.sh: no test class $class (renamed? update the list)" >&2; exit 2; }
done
first_count=$(grep -cE "$first_pattern" "$logs/list.txt" || true)
second_count=$(grep -cvE "$first_pattern" "$logs/list.txt" || true)
echo "test: $((first_count + second_count)) tests in two processes ($first_count gallery and command-line, $second_count other)"

started=$SECONDS
# --ignore-lock: both only read the build folder (nothing is built with --skip-build).
$swift test --skip-build --ignore-lock "${build[@]}" --filter "$first_pattern" >"$logs/first.log" 2>&1 &
first=$!
GDVIZ_TEST_PREFETCH=0 $swift test --skip-build --ignore-lock "${build[@]}" --skip "$first_pattern" >"$logs/second.log" 2>&1 &
second=$!
first_status=0; wait "$first" || first_status=$?
second_status=0; wait "$second" || second_status=$?
elapsed=$((SECONDS - started))

cat "$logs/first.log" "$logs/second.log"
# One closing line for both, counted from XCTest's line for each test case.
count() { cat "$logs/first.log" "$logs/second.log" | grep -cE "^Test Case '[^']*' $1 \(" || true; }
echo "test: both processes done in $elapsed s"
echo "test: $(count passed) passed, $(count failed) failed, $(count skipped) skipped"
if [ "$first_status" != 0 ] || [ "$second_status" != 0 ]; then
  echo "test: FAILED (exit status $first_status for the first process, $second_status for the second)" >&2
  exit 1
fi
