#!/usr/bin/env bash
# `make test`: builds the tests once, then runs them as two test processes at once, one per core
# (the suite spends most of its time in single-threaded code). `swift test` alone runs the same
# tests in one process.
#
# The split: the classes that use the shared gallery (GDVizTestSupport's `Gallery`, evaluated and
# rendered once per process) run together with the command-line tests (which start the gallery
# render in the background while they wait for `gdviz`), so the gallery is made once; every other
# class runs in the second process. The second process is "everything the first does not run"
# (`--skip` with the same pattern as the first's `--filter`), so a new test class always runs.
# Each process writes its own log; both are printed in a fixed order once both have finished.
# usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}

gallery_classes=(
  GDVizCheckTests.GalleryCheckTests
  GDVizRenderTests.GalleryVectorOutputTests
  GDVizRenderTests.LayoutCollisionTests
  GDVizRenderTests.SVGCanonicalizerTests
  GDVizRenderTests.SceneRenderTests
  GDVizRenderTests.ThemeContrastTests
)
first_pattern="^(GDVizCLITests\\.|($(IFS='|'; echo "${gallery_classes[*]}" | sed 's/\./\\./g'))/)"

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# The Python environment SceneSchemaTests uses is made (once) while the tests compile.
scripts/python-env.sh >"$logs/python-env.log" 2>&1 &
python_env=$!
$swift build --build-tests
wait "$python_env" || true  # without it SceneSchemaTests skips and says why

# Every named class must exist: a renamed class would otherwise just move to the second process.
$swift test list --skip-build >"$logs/list.txt"
for class in "${gallery_classes[@]}"; do
  grep -q "^$class/" "$logs/list.txt" || { echo "scripts/test.sh: no test class $class (renamed? update the list)" >&2; exit 2; }
done
first_count=$(grep -cE "$first_pattern" "$logs/list.txt" || true)
second_count=$(grep -cvE "$first_pattern" "$logs/list.txt" || true)
echo "test: $((first_count + second_count)) tests in two processes ($first_count gallery and command-line, $second_count other)"

started=$SECONDS
# --ignore-lock: both only read the build folder (nothing is built with --skip-build).
$swift test --skip-build --ignore-lock --filter "$first_pattern" >"$logs/first.log" 2>&1 &
first=$!
$swift test --skip-build --ignore-lock --skip "$first_pattern" >"$logs/second.log" 2>&1 &
second=$!
first_status=0; wait "$first" || first_status=$?
second_status=0; wait "$second" || second_status=$?
elapsed=$((SECONDS - started))

cat "$logs/first.log" "$logs/second.log"
# One closing line for both, counted from XCTest's line for each test case.
count() { cat "$logs/first.log" "$logs/second.log" | grep -cE "^Test Case '[^']*' $1 \(" || true; }
echo "test: $(count passed) passed, $(count failed) failed, $(count skipped) skipped (both processes done in $elapsed s)"
if [ "$first_status" != 0 ] || [ "$second_status" != 0 ]; then
  echo "test: FAILED (exit status $first_status for the gallery and command-line tests, $second_status for the others)" >&2
  exit 1
fi
