#!/usr/bin/env bash
# Set up if needed, then start the desktop app; on a first run the database is filled with the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --app
db="${PLANTRACK_DB:-$(.venv/bin/python -c 'from desktop_app.services.database import default_database_path as p; print(p())')}"
if [ ! -s "$db" ] && [[ "$db" != *"://"* ]]; then
  .venv/bin/plantrack --db "$db" demo
fi
exec .venv/bin/plantrack --db "$db" "$@"
