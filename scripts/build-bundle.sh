#!/usr/bin/env bash
# Build the one-folder bundle (dist/plantrack/plantrack) from installer/plantrack.spec.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q "pyinstaller>=6.10,<7"
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/plantrack.spec
echo "bundle: dist/plantrack/plantrack"
