#!/usr/bin/env bash
# Render benchmark: median wall time of `gdviz render` per scene over N runs (default 15),
# release build. Usage: scripts/bench.sh [N] [scenes...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"
shift || true
scenes=("$@")
[ ${#scenes[@]} -gt 0 ] || scenes=(Scenes/*.json)
swift build -c release --product gdviz >/dev/null
bin="$(swift build -c release --show-bin-path)/gdviz"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
printf '%-36s %10s %10s %10s\n' scene median_ms min_ms max_ms
for scene in "${scenes[@]}"; do
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$bin" render "$scene" -o "$out/" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$(basename "$scene")" '
    { t[NR] = $1 }
    END {
      m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "%-36s %10.1f %10.1f %10.1f\n", name, m / 1000, t[1] / 1000, t[NR] / 1000
    }'
done
