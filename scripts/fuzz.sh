#!/usr/bin/env bash
# Builds and runs a libFuzzer target for SECONDS seconds (default 60).
#
#   scripts/fuzz.sh expression 60    # the expression parser, compiler and differentiation
#   scripts/fuzz.sh scene 1800       # scene reading (JSON, validation, budgets) and evaluation
#
# The targets are compiled straight from Sources/ with `swiftc -sanitize=fuzzer,address` (the
# Swift toolchain ships libFuzzer and AddressSanitizer), into .build/fuzz/, outside the SwiftPM
# build, so `swift build` and `make test` never need them. The corpus starts from Scenes/
# (whole scenes, and every expression in them) and grows in .build/fuzz/corpus-TARGET.
# A crash leaves its input in .build/fuzz/artifacts-TARGET/ and makes the script exit 1; turn
# it into a regression test (Tests/GDVizSceneTests/HostileSceneTests.swift).
# Set FUZZ_JOBS to run that many fuzzing processes in parallel (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:-}"
seconds="${2:-60}"
case "$target" in
  expression|scene) ;;
  *) echo "usage: scripts/fuzz.sh expression|scene [SECONDS]" >&2; exit 2 ;;
esac

out=.build/fuzz
mkdir -p "$out"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -package-name gdviz -suppress-warnings)

engine_sources=$(find Sources/GDVizEngine -name '*.swift' | sort)
scene_sources=$(find Sources/GDVizScene -name '*.swift' | sort)

newest() { ls -t "$@" 2>/dev/null | head -1; }

build_engine_library() {
  # GDVizEngine as a static library and module, for the scene target.
  if [ ! -f "$out/libGDVizEngine.a" ] || [ -n "$(find Sources/GDVizEngine -newer "$out/libGDVizEngine.a" -name '*.swift' | head -1)" ]; then
    echo "fuzz: compiling GDVizEngine" >&2
    (cd "$out" && swiftc "${flags[@]}" -module-name GDVizEngine -emit-library -static -emit-module \
      -o libGDVizEngine.a $(for f in $engine_sources; do echo "../../$f"; done)) \
      || { rm -f "$out/libGDVizEngine.a"; echo "fuzz: could not build GDVizEngine" >&2; exit 1; }
  fi
}

binary="$out/$target"
case "$target" in
  expression)
    if [ ! -x "$binary" ] || [ -n "$(find Sources/GDVizEngine Fuzz -newer "$binary" -name '*.swift' | head -1)" ]; then
      echo "fuzz: compiling $target" >&2
      swiftc "${flags[@]}" -module-name GDVizEngine $engine_sources Fuzz/ExpressionFuzzTarget.swift -o "$binary" 2>&1 \
        | grep -v "Cannot export local symbol" >&2 || true
    fi
    ;;
  scene)
    build_engine_library
    if [ ! -x "$binary" ] || [ -n "$(find Sources/GDVizEngine Sources/GDVizScene Fuzz -newer "$binary" -name '*.swift' | head -1)" ]; then
      echo "fuzz: compiling $target" >&2
      swiftc "${flags[@]}" -module-name GDVizScene -I "$out" $scene_sources Fuzz/SceneFuzzTarget.swift \
        "$out/libGDVizEngine.a" -o "$binary" 2>&1 | grep -v "Cannot export local symbol" >&2 || true
    fi
    ;;
esac
[ -x "$binary" ] || { echo "fuzz: could not build $binary" >&2; exit 1; }

corpus="$out/corpus-$target"
seeds="$out/seeds-$target"
artifacts="$out/artifacts-$target/"
mkdir -p "$corpus" "$seeds" "$artifacts"
if [ "$target" = scene ]; then
  cp Scenes/*.json "$seeds/"
  max_len=65536
else
  # Every string value in the gallery that parses as an expression is a seed, plus a few shapes
  # that once broke parsers.
  python3 - "$seeds" <<'PY'
import json, glob, sys, hashlib, os
out = sys.argv[1]
texts = {"x^2 + 10*y^2", "sin(x)*cos(y) - exp(-(x^2+y^2))", "((((x))))", "-x^-y^2", "2e-3*x**2",
         "sqrt(abs(x - y)) / (1 + tanh(a*x))", "log(x^2 + 1) - b*y"}
def walk(v):
    if isinstance(v, str): texts.add(v)
    elif isinstance(v, dict): [walk(x) for x in v.values()]
    elif isinstance(v, list): [walk(x) for x in v]
for path in glob.glob("Scenes/*.json"):
    walk(json.load(open(path)))
for t in texts:
    if len(t) < 400:
        open(os.path.join(out, hashlib.sha1(t.encode()).hexdigest()), "w").write(t)
PY
  max_len=4096
fi

echo "fuzz: running $target for ${seconds}s (corpus $corpus)" >&2
# Leak checking is off: the layer table's once-initialised globals live until exit by design and
# LeakSanitizer reports them at exit as a "crash" of the empty input.
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" nice -n 19 "$binary" "$corpus" "$seeds" \
  -max_total_time="$seconds" -max_len="$max_len" -timeout=60 -rss_limit_mb=3072 \
  -artifact_prefix="$artifacts" -print_final_stats=1 ${FUZZ_JOBS:+-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS}
