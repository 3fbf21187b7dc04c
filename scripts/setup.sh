#!/usr/bin/env bash
# Installs what gdviz needs on Debian/Ubuntu: Cairo, FreeType and libpng headers (found by pkg-config),
# giflib and libwebp for animations, and the two font packages whose files gdviz loads directly.
# (MP4 output also uses the ffmpeg program when it is installed; it is optional.) Does nothing when all are present.
set -euo pipefail

packages=(pkg-config libcairo2-dev libfreetype-dev libpng-dev libgif-dev libwebp-dev fonts-dejavu-core fonts-lmodern time)
fonts=(
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
  /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
  /usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf
  /usr/share/texmf/fonts/opentype/public/lm/lmroman10-regular.otf
  /usr/share/texmf/fonts/opentype/public/lm/lmsans10-regular.otf
)

missing=0
command -v pkg-config >/dev/null 2>&1 && pkg-config --exists cairo freetype2 libpng libwebpmux || missing=1
[ -f /usr/include/gif_lib.h ] || missing=1
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
