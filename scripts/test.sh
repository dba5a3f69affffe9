#!/usr/bin/env bash
# Set up if needed, then run the whole test suite (SQLite; PostgreSQL too when PLANTRACK_WITH_POSTGRES=1).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest -q "$@"
