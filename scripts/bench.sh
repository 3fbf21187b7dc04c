#!/usr/bin/env bash
# The benchmark of issue 13: whole-process times of the release build, never unit-test timing.
#
#   scripts/bench.sh [RUNS]        (default 5 counted runs after one warm-up; `make bench` runs it)
#
# Prints, per gallery scene and format (PNG, SVG), the median wall time and the median peak RSS
# of `gdviz render`; for scenes with a matplotlib script (scripts/bench/mpl_*.py) the same figure
# drawn by matplotlib, run in turn with gdviz (A B A B …), and the median of the paired ratios
# matplotlib / gdviz. Then the whole gallery in one call, the first 20 scenes by git history (the
# gallery issue 13's target was set on), and the scale cases: a 2000² grid with 20 contour
# levels against numpy + contourpy (serial), and one Adam run of 10⁶ steps (trace and render).
#
# matplotlib, numpy and contourpy come from PyPI into .build/bench-venv (scripts/bench/setup_venv.sh);
# without Python or network the comparisons are skipped and said so. GDVIZ_BIN=path skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "usage: scripts/bench.sh [RUNS]" >&2; exit 2; }

if [ -z "${GDVIZ_BIN:-}" ]; then
  swift build -c release --static-swift-stdlib --product gdviz >/dev/null   # as `make build`
  GDVIZ_BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/gdviz"
fi
bin="$GDVIZ_BIN"
python="$(scripts/bench/setup_venv.sh 2>/dev/null || true)"
timer=/usr/bin/time
[ -x "$timer" ] || timer=""

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One run of a command: prints "microseconds peak_rss_KiB" (RSS "-" without GNU time).
# A failing command prints "fail".
measure() {
  local start end rss=-
  start=$(date +%s%N)
  if [ -n "$timer" ]; then
    "$timer" -f %M -o "$work/rss" "$@" >/dev/null 2>"$work/stderr" || { echo fail; return; }
    rss=$(tail -n 1 "$work/rss")
  else
    "$@" >/dev/null 2>"$work/stderr" || { echo fail; return; }
  fi
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000 )) $rss"
}

# Median of numbers on stdin (one per line).
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit }
    print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Runs command A (and B, if given as a second argument string) `runs` times after a warm-up,
# alternating A B A B. Sets a_ms, a_mib, b_ms, b_mib, ratio (median of B/A per pair).
paired() {
  local a="$1" b="${2:-}" i ra rb
  : >"$work/a"; : >"$work/b"; : >"$work/r"
  b_ms=-; b_mib=-; ratio=-
  if [ "$(eval "measure $a")" = fail ]; then a_ms=failed; a_mib=-; return; fi   # no point repeating
  [ -n "$b" ] && eval "measure $b" >/dev/null
  for i in $(seq "$runs"); do
    ra=$(eval "measure $a")
    echo "$ra" >>"$work/a"
    if [ -n "$b" ]; then
      rb=$(eval "measure $b")
      echo "$rb" >>"$work/b"
      if [ "$ra" != fail ] && [ "$rb" != fail ]; then
        awk -v a="${ra%% *}" -v b="${rb%% *}" 'BEGIN { printf "%.4f\n", b / a }' >>"$work/r"
      fi
    fi
  done
  summarize a; a_ms=$ms; a_mib=$mib
  if [ -n "$b" ]; then
    summarize b; b_ms=$ms; b_mib=$mib
    ratio=$(median <"$work/r")
    [ "$ratio" = - ] || ratio=$(awk -v r="$ratio" 'BEGIN { printf "%.1f×", r }')
  fi
}

# Median wall time (ms) and median peak RSS (MiB) of the runs in $work/$1; "failed" if any failed.
summarize() {
  if grep -q fail "$work/$1"; then ms=failed; mib=-; return; fi
  ms=$(awk '{ print $1 / 1000 }' "$work/$1" | median)
  ms=$(awk -v m="$ms" 'BEGIN { printf "%.1f", m }')
  if grep -q -- ' -$' "$work/$1"; then mib=-; else
    mib=$(awk '{ print $2 / 1024 }' "$work/$1" | median)
    mib=$(awk -v m="$mib" 'BEGIN { printf "%.0f", m }')
  fi
}

echo "gdviz benchmark: $runs runs per figure after a warm-up, medians; $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
[ -n "$python" ] && echo "matplotlib $("$python" -c 'import matplotlib; print(matplotlib.__version__)'), contourpy $("$python" -c 'import contourpy; print(contourpy.__version__)')" \
  || echo "matplotlib comparisons skipped: no Python venv (scripts/bench/setup_venv.sh failed)"
[ -n "$timer" ] || echo "peak RSS not measured: GNU time (/usr/bin/time) is not installed"
echo
printf '%-28s %-4s %10s %8s %10s %8s %10s\n' scene fmt gdviz_ms MiB mpl_ms mpl_MiB mpl/gdviz
for scene in Scenes/*.json; do
  name=$(basename "$scene" .json)
  script="scripts/bench/mpl_${name//-/_}.py"
  for fmt in png svg; do
    mpl=""
    [ -n "$python" ] && [ -f "$script" ] && mpl="'$python' '$script' '$work/mpl.$fmt'"
    paired "'$bin' render '$scene' -o '$work/out.$fmt'" "$mpl"
    printf '%-28s %-4s %10s %8s %10s %8s %10s\n' "$name" "$fmt" "$a_ms" "$a_mib" "$b_ms" "$b_mib" "$ratio"
  done
done

echo
scenes=(Scenes/*.json)
mkdir -p "$work/gallery"
paired "'$bin' render Scenes/ --format png,svg -o '$work/gallery/'"
printf '%-46s %10s ms %6s MiB\n' "whole gallery (${#scenes[@]} scenes), PNG + SVG, one call" "$a_ms" "$a_mib"
# Issue 13's target was set on the first 20 scenes; the oldest 20 still present, by git history.
first20=()
if git rev-parse --git-dir >/dev/null 2>&1; then
  while IFS= read -r f; do [ -f "$f" ] && first20+=("$f"); done \
    < <(git log --diff-filter=A --format= --name-only --reverse -- 'Scenes/*.json' 2>/dev/null | awk '!seen[$0]++')
fi
if [ "${#first20[@]}" -ge 20 ]; then
  first20=("${first20[@]:0:20}")
  mkdir -p "$work/gallery20"
  paired "'$bin' render ${first20[*]} --format png,svg -o '$work/gallery20/'"
  printf '%-46s %10s ms %6s MiB\n' "first 20 gallery scenes, PNG + SVG, one call" "$a_ms" "$a_mib"
fi

echo
printf '%-46s %10s %8s %10s %8s %10s\n' "scale case" gdviz_ms MiB other_ms MiB other/gdviz
other=""
[ -n "$python" ] && other="'$python' scripts/bench/contourpy_grid.py"
paired "'$bin' render scripts/bench/grid-2000-contours.json -o '$work/grid.png'" "$other"
printf '%-46s %10s %8s %10s %8s %10s\n' "2000² grid, 20 levels, render PNG (vs contourpy)" "$a_ms" "$a_mib" "$b_ms" "$b_mib" "$ratio"
paired "'$bin' trace scripts/bench/grid-2000-contours.json"
printf '%-46s %10s %8s\n' "2000² grid, trace" "$a_ms" "$a_mib"
paired "timeout 60 '$bin' trace scripts/bench/adam-1e6-steps.json"
printf '%-46s %10s %8s\n' "Adam 10⁶ steps, trace" "$a_ms" "$a_mib"
paired "timeout 60 '$bin' render scripts/bench/adam-1e6-steps.json -o '$work/adam.png'"
printf '%-46s %10s %8s\n' "Adam 10⁶ steps, render PNG (bounded at 60 s)" "$a_ms" "$a_mib"
