#!/usr/bin/env bash
# Set up if needed, then run the whole test suite twice: on SQLite files, then on a throwaway
# PostgreSQL server (skipped with a warning on a machine without the server, except in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
echo "== test suite on SQLite =="
# two workers: the machine's two cores (each test has its own database file or server schema)
.venv/bin/python -m pytest -q -n 2 "$@"
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "== test suite on PostgreSQL =="
  bash scripts/with-postgres.sh .venv/bin/python -m pytest -q -n 2 -m "not slow" "$@"
elif [ "${CI:-}" = "true" ]; then
  echo "PostgreSQL server is missing: the suite must also run on PostgreSQL in CI" >&2
  exit 1
else
  echo "Warning: PostgreSQL server not installed; the suite ran on SQLite only." >&2
fi
