#!/usr/bin/env bash
# Set up .venv and run every check: lint, formatting, types, layer contracts and the test suite.
# Extra arguments go to pytest (e.g. scripts/test.sh -k payments).
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'

# Qt draws into memory: no display needed.
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

echo "== ruff";          .venv/bin/ruff check .
echo "== ruff format";   .venv/bin/ruff format --check .
echo "== mypy";          .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports
echo "== pytest";        .venv/bin/pytest "$@"
