#!/usr/bin/env bash
# Installs what gdviz needs on Debian/Ubuntu: Cairo, FreeType and libpng headers (found by pkg-config)
# and the two font packages whose files gdviz loads directly. Does nothing when all are present.
set -euo pipefail

packages=(pkg-config libcairo2-dev libfreetype-dev libpng-dev fonts-dejavu-core fonts-lmodern time)
fonts=(
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
  /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
  /usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf
)

missing=0
command -v pkg-config >/dev/null 2>&1 && pkg-config --exists cairo freetype2 libpng || missing=1
for f in "${fonts[@]}"; do [ -f "$f" ] || missing=1; done
[ -x /usr/bin/time ] || missing=1   # GNU time: peak memory in scripts/bench.sh
[ "$missing" = 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: please install Cairo, FreeType, pkg-config, DejaVu Sans and Latin Modern Math" >&2
  echo "       (Debian: ${packages[*]})" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
echo "setup: installing ${packages[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
