#!/usr/bin/env bash
# Animation benchmark: 200 frames of Scenes/gd-quadratic.json (one step per frame) rendered to
# each format; prints the median wall time over N runs (default 5), frames/s and file size.
# Release build. Usage: scripts/bench-animation.sh [N] [formats...]   (default: gif webp pdf mp4)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
shift || true
formats=("$@")
[ ${#formats[@]} -gt 0 ] || formats=(gif webp pdf mp4)
if [ -z "${GDVIZ_BIN:-}" ]; then
  swift build -c release --static-swift-stdlib --product gdviz >/dev/null   # as `make build`
  GDVIZ_BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/gdviz"
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# The gallery's GD scene, made to take exactly 199 steps (200 frames).
python3 - "$out/gd-200.json" <<'PY'
import json, sys
scene = json.load(open("Scenes/gd-quadratic.json"))
for run in scene["runs"]:
    run["max_steps"] = 199
    run["tolerance"] = 1e-300
scene["animate"] = {"steps_per_frame": 1, "fps": 20, "hold_last": 1}
json.dump(scene, open(sys.argv[1], "w"))
PY
printf '%-6s %8s %10s %10s %12s\n' format frames median_s frames/s size_KB
for format in "${formats[@]}"; do
  if [ "$format" = mp4 ] && ! command -v ffmpeg >/dev/null 2>&1; then
    printf '%-6s %s\n' mp4 "skipped: ffmpeg not installed"
    continue
  fi
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$GDVIZ_BIN" render "$out/gd-200.json" -o "$out/gd-200.$format" --quiet
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  size=$(stat -c %s "$out/gd-200.$format")
  printf '%s\n' "${times[@]}" | sort -n | awk -v f="$format" -v size="$size" '
    { t[NR] = $1 }
    END {
      m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "%-6s %8d %10.3f %10.1f %12.1f\n", f, 200, m / 1e6, 200 / (m / 1e6), size / 1024
    }'
done
