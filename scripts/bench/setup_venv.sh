#!/usr/bin/env bash
# Creates .build/bench-venv with matplotlib, numpy and contourpy from PyPI for scripts/bench.sh.
# Prints the venv's python on success; prints nothing and fails when Python or PyPI is unavailable.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.build/bench-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import matplotlib, contourpy, numpy' 2>/dev/null; then
  command -v python3 >/dev/null 2>&1 || exit 1
  python3 -m venv "$venv" >/dev/null 2>&1 || exit 1
  "$venv/bin/pip" install -q --disable-pip-version-check 'matplotlib>=3.8' 'contourpy>=1.2' numpy >/dev/null 2>&1 || exit 1
fi
echo "$PWD/$venv/bin/python"
