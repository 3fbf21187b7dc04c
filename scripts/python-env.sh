#!/usr/bin/env bash
# Creates (once) the Python environment the tests and benchmarks use, in .build/python-env, and
# prints the path of its python. Exit status 3 when it cannot be made (no python3, or PyPI
# unreachable): tests that need it then skip with that message.
# usage: scripts/python-env.sh
set -euo pipefail
cd "$(dirname "$0")/.."
env=.build/python-env
packages=(jsonschema)
if [ -x "$env/bin/python" ] && "$env/bin/python" -c "import jsonschema" 2>/dev/null; then
  echo "$PWD/$env/bin/python"; exit 0
fi
command -v python3 >/dev/null || { echo "python-env: python3 is not installed" >&2; exit 3; }
mkdir -p .build
python3 -m venv "$env" >&2 || { echo "python-env: python3 -m venv failed (install python3-venv)" >&2; exit 3; }
if ! "$env/bin/python" -m pip install --quiet --disable-pip-version-check "${packages[@]}" >&2; then
  echo "python-env: pip could not install ${packages[*]} (is PyPI reachable?)" >&2; exit 3
fi
echo "$PWD/$env/bin/python"
